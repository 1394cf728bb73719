-- Sign-in back-off per account and remote address (issue 17). Wrong passwords from one address slow that
-- address down for that account, doubling the wait each time, instead of locking the account for everyone:
-- a flat lock let anyone keep any user (administrators included) out with 5 requests every 15 minutes.
CREATE TABLE security_sign_in_backoff (
    username      VARCHAR(128) NOT NULL,
    address       VARCHAR(64)  NOT NULL,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT security_sign_in_backoff_pk PRIMARY KEY (username, address)
);

CREATE INDEX security_sign_in_backoff_last ON security_sign_in_backoff (last_failure);
