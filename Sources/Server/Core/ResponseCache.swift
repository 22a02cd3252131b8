import Foundation
import Governance
import Store
import Synchronization

/// Short-lived cache of computed answers (representativeness, alerts), keyed by operation and
/// query; figures are at most `seconds` old, which the OpenAPI document states. Answers are kept
/// as the contract's values, so a hit is served without recomputing or re-reading anything.
///
/// Requests for a key that is being computed wait for that computation instead of starting their
/// own, so an expiry under load costs one database query, not one per waiting connection. A
/// write clears the cache; a computation that started before the write is returned to its
/// callers but not kept.
final class ResponseCache: Sendable {
    private struct State {
        var entries: [String: (any Sendable, Date)] = [:]
        var inFlight: [String: Task<any Sendable, any Error>] = [:]
        var bodies: [String: (GoverningBody, Date)] = [:]
        var generation = 0
    }
    private let state = Mutex(State())
    let seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    /// The cached answer for `key`, or `make`'s, shared with concurrent callers of the same key.
    func value<T: Sendable>(_ key: String, make: @escaping @Sendable () async throws -> T) async throws -> T {
        guard seconds > 0 else { return try await make() }
        // The type is part of the key, so two operations can never read each other's answers.
        let key = "\(T.self)|\(key)"
        let now = Date()
        let lookup: Lookup = state.withLock { state in
            if let hit = state.entries[key], now.timeIntervalSince(hit.1) < seconds { return .hit(hit.0) }
            if let running = state.inFlight[key] { return .wait(running) }
            let task = Task<any Sendable, any Error> { try await make() }
            state.inFlight[key] = task
            return .started(task, generation: state.generation)
        }
        let value: any Sendable
        switch lookup {
        case .hit(let answer): value = answer
        case .wait(let task): value = try await task.value
        case .started(let task, let generation):
            // Only the caller that started the computation stores it, and only if no write has
            // cleared the cache meanwhile (a clear also forgets the computation).
            let result = await task.result
            state.withLock { state in
                guard state.generation == generation else { return }
                state.inFlight[key] = nil
                guard case .success(let fresh) = result else { return }
                if state.entries.count > 5_000 { state.entries.removeAll() }
                state.entries[key] = (fresh, Date())
            }
            value = try result.get()
        }
        guard let typed = value as? T else { return try await make() }
        return typed
    }

    private enum Lookup {
        case hit(any Sendable)
        case wait(Task<any Sendable, any Error>)
        case started(Task<any Sendable, any Error>, generation: Int)
    }

    /// A body looked up by reference (id, URN or name), remembered as long as responses are, so a
    /// cached figure is served without a database round trip (the access check still runs on it).
    func body(_ reference: String, load: () async throws -> GoverningBody) async throws -> GoverningBody {
        if seconds > 0, let hit = state.withLock({ $0.bodies[reference] }), Date().timeIntervalSince(hit.1) < seconds {
            return hit.0
        }
        let fresh = try await load()
        state.withLock { state in
            if state.bodies.count > 5_000 { state.bodies.removeAll() }
            state.bodies[reference] = (fresh, Date())
        }
        return fresh
    }

    /// Forgets everything (after a write), including what computations now running would store.
    func clear() {
        state.withLock { state in
            state.entries.removeAll()
            state.bodies.removeAll()
            state.inFlight.removeAll()
            state.generation += 1
        }
    }
}
