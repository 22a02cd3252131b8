import Governance

/// The command layer's own refusals are `InputError`s (shared with configuration).
typealias CLIError = InputError
