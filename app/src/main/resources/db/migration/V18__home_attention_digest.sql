-- Home: users who opted in to the weekly e-mail digest of what needs their attention. One row per subscribed user;
-- no row = no digest (the default). Runs on H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE attention_digest_subscribers (
    user_id        BIGINT NOT NULL PRIMARY KEY REFERENCES users (id),
    subscribed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
