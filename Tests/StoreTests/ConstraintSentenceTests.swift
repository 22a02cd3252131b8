import Foundation
import Store
import TestSupport
import Testing

/// A rule the database enforces is refused with a sentence, never PostgreSQL's own message.
@Suite struct ConstraintSentenceTests {
    @Test func everyRuleTheSchemaEnforcesHasASentence() async throws {
        try await TestDatabase.withRegister { register, _ in
            // Check, unique and exclusion constraints, and unique indexes, of the migrated schema.
            let names = try await DatabaseProbe.text(
                register,
                """
                SELECT string_agg(name, ',' ORDER BY name) FROM (
                    SELECT c.conname AS name FROM pg_constraint c
                    JOIN pg_namespace n ON n.oid = c.connamespace
                    WHERE n.nspname = current_schema() AND c.contype IN ('c', 'u', 'x')
                    UNION
                    SELECT i.relname FROM pg_index x
                    JOIN pg_class i ON i.oid = x.indexrelid
                    JOIN pg_namespace n ON n.oid = i.relnamespace
                    WHERE n.nspname = current_schema() AND x.indisunique AND NOT x.indisprimary
                ) rules
                """)
            let rules = names.split(separator: ",").map(String.init)
            // The query found the schema's rules (the migrations name more than 40).
            #expect(rules.count > 40, "\(rules)")
            let missing = rules.filter { ConstraintSentences.known[$0] == nil && ConstraintSentences.voidSentence($0) == nil }
            #expect(missing.isEmpty, "no sentence for: \(missing.joined(separator: ", "))")
        }
    }
}
