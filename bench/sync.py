#!/usr/bin/env python3
"""bench/sync.py: what a batch upsert saves an integrator. Against a running `./din up` (demo data,
anna owns Norrskensdata AB), in one run: (1) N single `PUT .../resources/by-external-id/{id}` of new
published meeting places, the reference; (2) one `POST .../resources/batch` of N new ones; (3) the same
batch again, every item unchanged. Prints seconds and items/s per step and the ratios to (1). Not a test.

    ./din up &   # then, once it answers:
    bench/sync.py                  # N=500, three rounds; well under a minute on 2 cores

Settings: BENCH_ITEMS (500, the batch limit), BENCH_ROUNDS (3), DIN_API_URL (http://localhost:8080),
DIN_KEYCLOAK_URL (http://localhost:8180). Only these two addresses are contacted; what it writes
(meeting places `bench-sync-*`) stays in the development database until `./din reset`.
"""
import json
import os
import statistics
import time
import urllib.parse
import urllib.request

API = os.environ.get("DIN_API_URL", "http://localhost:8080") + "/api/v1"
KEYCLOAK = os.environ.get("DIN_KEYCLOAK_URL", "http://localhost:8180")
N = int(os.environ.get("BENCH_ITEMS", "500"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def token():
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "din-dev-cli", "username": "anna", "password": "anna"})
    with urllib.request.urlopen(KEYCLOAK + "/realms/din/protocol/openid-connect/token", form.encode()) as answer:
        return json.load(answer)["access_token"]


def call(method, path, body, bearer):
    request = urllib.request.Request(API + path, data=json.dumps(body).encode(), method=method,
                                     headers={"Authorization": "Bearer " + bearer, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def item(actor, prefix, i):
    return {"externalId": f"{prefix}-{i}", "status": "PUBLISHED",
            "resource": {"kind": "MEETING_PLACE", "actorId": actor, "title": {"sv": f"Mötesplats {prefix} {i}"}}}


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main():
    with urllib.request.urlopen(API + "/actors?q=Norrskensdata") as answer:
        actor = json.load(answer)["items"][0]["id"]
    single, batch, again = [], [], []
    for round_ in range(ROUNDS):
        bearer = token()  # a fresh token per round: they live 5 minutes
        prefix = f"bench-sync-{int(time.time())}-{round_}"
        seconds, _ = timed(lambda: [call("PUT", f"/actors/{actor}/resources/by-external-id/{prefix}-s{i}",
                                         {"status": "PUBLISHED", "resource": item(actor, prefix, i)["resource"]}, bearer)
                                    for i in range(N)])
        single.append(seconds)
        body = {"items": [item(actor, prefix + "-b", i) for i in range(N)]}
        seconds, result = timed(lambda: call("POST", f"/actors/{actor}/resources/batch", body, bearer))
        assert all(r["outcome"] == "created" for r in result["items"]), "every item of a new batch is created"
        batch.append(seconds)
        seconds, result = timed(lambda: call("POST", f"/actors/{actor}/resources/batch", body, bearer))
        assert all(r["outcome"] == "unchanged" for r in result["items"]), "the same batch again changes nothing"
        again.append(seconds)
        print(f"round {round_ + 1}: {N} single PUTs {single[-1]:.2f} s, batch {batch[-1]:.2f} s, same batch again {again[-1]:.2f} s")
    reference = statistics.median(single)
    print(f"\nmedian of {ROUNDS} rounds, {N} items each (reference: {N} single PUTs, one after another)")
    print(f"{'step':<28}{'seconds':>9}{'items/s':>10}{'ratio':>8}")
    for name, runs in (("single PUTs (reference)", single), ("one batch, all created", batch), ("same batch, all unchanged", again)):
        median = statistics.median(runs)
        print(f"{name:<28}{median:>9.2f}{N / median:>10.0f}{median / reference:>8.2f}")


if __name__ == "__main__":
    main()
