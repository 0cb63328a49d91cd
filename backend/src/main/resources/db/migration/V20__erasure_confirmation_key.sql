-- GDPR Art. 17: DELETE /api/v1/me takes a confirmation token that GET /api/v1/me/erasure hands out,
-- short-lived and bound to the caller. The token is an HMAC of the subject and its expiry, so no
-- replica keeps state; every replica signs and checks with this one key, made here from
-- PostgreSQL's random UUIDs (gen_random_uuid draws from a cryptographically strong source; two of
-- them carry 244 random bits) and never shown by the API. Replacing the row voids open tokens only.
create table signing_key (
    purpose  text primary key,
    secret   bytea not null check (length(secret) >= 32)
);
insert into signing_key (purpose, secret)
values ('erasure-confirmation', sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')));
