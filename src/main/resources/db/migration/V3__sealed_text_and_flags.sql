-- Free text is stored sealed (AES-GCM, base64, with its key id), longer than the plain text it holds.
ALTER TABLE response_answer ALTER COLUMN text_value SET DATA TYPE VARCHAR(12000);

-- Text that suggests a child is being hurt is flagged for the data steward and can never be published.
ALTER TABLE response_answer ADD COLUMN harm_flag BOOLEAN;
