import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Store
import Synchronization

/// A response body computed once and served many times: the bytes are kept in a `ByteBuffer`,
/// whose storage is shared rather than copied when the same body goes out again.
struct CachedResponse: Sendable {
    var body: ByteBuffer
    var headers: HTTPFields

    init(bytes: [UInt8], contentType: String, extra: [HTTPField.Name: String] = [:]) {
        body = ByteBuffer(bytes: bytes)
        headers = HTTPFields()
        headers[.contentType] = contentType
        for (name, value) in extra { headers[name] = value }
    }

    var response: Response { Response(status: .ok, headers: headers, body: .init(byteBuffer: body)) }
}

/// Short-lived cache of computed responses (representativeness, alerts), keyed by route and
/// query; figures are at most `seconds` old, which the OpenAPI document states.
///
/// Requests for a key that is being computed wait for that computation instead of starting their
/// own, so an expiry under load costs one database query, not one per waiting connection. A
/// write clears the cache; a computation that started before the write is returned to its
/// callers but not kept.
final class ResponseCache: Sendable {
    private struct State {
        var entries: [String: (CachedResponse, Date)] = [:]
        var inFlight: [String: Task<CachedResponse, any Error>] = [:]
        var bodies: [String: (GoverningBody, Date)] = [:]
        var generation = 0
    }
    private let state = Mutex(State())
    let seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    /// The cached response for `key`, or `make`'s, shared with concurrent callers of the same key.
    func value(_ key: String, make: @escaping @Sendable () async throws -> CachedResponse) async throws -> CachedResponse {
        guard seconds > 0 else { return try await make() }
        let now = Date()
        let lookup: Lookup = state.withLock { state in
            if let hit = state.entries[key], now.timeIntervalSince(hit.1) < seconds { return .hit(hit.0) }
            if let running = state.inFlight[key] { return .wait(running) }
            let task = Task { try await make() }
            state.inFlight[key] = task
            return .started(task, generation: state.generation)
        }
        switch lookup {
        case .hit(let response): return response
        case .wait(let task): return try await task.value
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
            return try result.get()
        }
    }

    private enum Lookup {
        case hit(CachedResponse)
        case wait(Task<CachedResponse, any Error>)
        case started(Task<CachedResponse, any Error>, generation: Int)
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
