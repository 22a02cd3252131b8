-- An optional second factor for officers' accounts (docs/web.md): a TOTP secret (RFC 6238) set
-- with `govmon user second-factor`. Like the password hash, it never reaches the audit trail.
ALTER TABLE user_accounts ADD COLUMN totp_secret text CHECK (totp_secret IS NULL OR length(totp_secret) >= 20);

DROP TRIGGER audit_insert ON user_accounts;
DROP TRIGGER audit_update ON user_accounts;
DROP TRIGGER audit_delete ON user_accounts;
SELECT govmon_audit_table('user_accounts', 'user_id', ARRAY['password_hash', 'totp_secret']);
