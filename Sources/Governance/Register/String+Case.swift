extension String {
    /// The string with its first letter in upper case ("community school" -> "Community school").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
