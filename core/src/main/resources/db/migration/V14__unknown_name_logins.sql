-- Loket schema, version 14: failed logins under a name that has no active account are counted as an
-- account's are (agent_account.failed_logins, locked_until), so the answer to a wrong login (tries
-- left, then a lock) is the same whether the name exists or not, also across restarts and from one
-- command-line run to the next. The name is kept as it was typed (up to 60 characters), as the
-- audit's actor already is.
CREATE TABLE unknown_name_login (
    username        VARCHAR(60)  PRIMARY KEY,
    failed_logins   INT          NOT NULL,
    locked_until    TIMESTAMP
);
