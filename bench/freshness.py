#!/usr/bin/env python3
"""bench/freshness.py: how soon a write shows in search, against a running `./din up` (demo data).
Each round: anna publishes a new meeting place with a word nobody else uses (PUT by external id),
then changes its title to another new word, then moa (moderator) takes it down; after each write
the script polls GET /api/v1/search every 25 ms until the hit appears (or disappears) and records
the seconds from the write's 2xx. Prints the median and the maximum of each. Not a test: the
target (2 s) is in issue 11; the path is outbox (polled every 100 ms) + OpenSearch refresh (1 s).

    ./din up &   # then, once it answers:
    bench/freshness.py            # 10 rounds, about a minute

Settings: BENCH_ROUNDS (10), DIN_API_URL (http://localhost:8080), DIN_KEYCLOAK_URL
(http://localhost:8180). Only these two addresses are contacted; what it writes (meeting places
`bench-fresh-*`, taken down) stays in the development database until `./din reset`.
"""
import json
import os
import statistics
import time
import urllib.parse
import urllib.request
import uuid

API = os.environ.get("DIN_API_URL", "http://localhost:8080") + "/api/v1"
KEYCLOAK = os.environ.get("DIN_KEYCLOAK_URL", "http://localhost:8180")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "10"))
PATIENCE = 15.0


def token(user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "din-dev-cli", "username": user, "password": user})
    with urllib.request.urlopen(KEYCLOAK + "/realms/din/protocol/openid-connect/token", form.encode()) as answer:
        return json.load(answer)["access_token"]


def call(method, path, body, bearer, if_match=None):
    headers = {"Authorization": "Bearer " + bearer, "Content-Type": "application/json"}
    if if_match:
        headers["If-Match"] = if_match
    request = urllib.request.Request(API + path, data=json.dumps(body).encode(), method=method, headers=headers)
    with urllib.request.urlopen(request) as answer:
        return json.load(answer), answer.headers.get("ETag")


def found(word, resource_id):
    with urllib.request.urlopen(API + "/search?" + urllib.parse.urlencode({"q": word})) as answer:
        return any(hit["id"] == resource_id for hit in json.load(answer)["items"])


def wait_until(predicate):
    start = time.perf_counter()
    while time.perf_counter() - start < PATIENCE:
        if predicate():
            return time.perf_counter() - start
        time.sleep(0.025)
    raise SystemExit(f"not within {PATIENCE} s: is the API indexing? (see /q/health)")


def word():
    # Letters only, unlike anything in the demo data: "kxq" + 8 letters.
    return "kxq" + "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:8])


def main():
    with urllib.request.urlopen(API + "/actors?q=Norrskensdata") as answer:
        actor = json.load(answer)["items"][0]["id"]
    shown, changed, gone = [], [], []
    for round_ in range(ROUNDS):
        anna, moa = token("anna"), token("moa")
        first, second = word(), word()
        external = f"bench-fresh-{int(time.time())}-{round_}"
        body = {"status": "PUBLISHED", "resource": {"kind": "MEETING_PLACE", "actorId": actor, "title": {"sv": f"Mötesplats {first}"}}}
        view, etag = call("PUT", f"/actors/{actor}/resources/by-external-id/{external}", body, anna)
        shown.append(wait_until(lambda: found(first, view["id"])))
        body["resource"]["title"] = {"sv": f"Mötesplats {second}"}
        view, etag = call("PUT", f"/actors/{actor}/resources/by-external-id/{external}", body, anna)
        changed.append(wait_until(lambda: found(second, view["id"])))
        call("POST", f"/resources/{view['id']}/takedown", {"reason": "bench/freshness.py"}, moa, if_match=etag)
        gone.append(wait_until(lambda: not found(second, view["id"])))
    print(f"{ROUNDS} rounds; seconds from the write's 2xx until search shows it")
    for label, values in (("published, found", shown), ("title changed, found", changed), ("taken down, gone", gone)):
        print(f"  {label:<22} median {statistics.median(values):.2f}   max {max(values):.2f}")


if __name__ == "__main__":
    main()
