#!/usr/bin/env bash
# The README's demo walk-through against a running local stack (./koepel up in another terminal):
# a hospital ER posts a referral, the on-call peer supporter is paged by SMS (the local SMS sink),
# acknowledges, and the referral shows the assigned peer.
# Needs curl and jq. Every secret and password here is a DEV ONLY default of deploy/keycloak/koepel-realm.json.
set -euo pipefail

KEYCLOAK=${KEYCLOAK:-http://localhost:8180}
TOKEN_URL="$KEYCLOAK/realms/koepel/protocol/openid-connect/token"
HOSPITAL=${HOSPITAL:-az-turnhout}

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "demo: needs $tool (e.g. apt-get install $tool)" >&2; exit 1; }
done
curl -sf "$KEYCLOAK/realms/koepel" >/dev/null \
  || { echo "demo: Keycloak does not answer on $KEYCLOAK: start the stack first with ./koepel up" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

step "1. A token for the $HOSPITAL ER system (client credentials)"
HOSPITAL_TOKEN=$(curl -sf -d grant_type=client_credentials -d client_id="$HOSPITAL" \
  -d client_secret="dev-only-$HOSPITAL-secret" "$TOKEN_URL" | jq -r .access_token)
echo "$HOSPITAL_TOKEN" | cut -d. -f2 | tr '_-' '/+' | base64 -d 2>/dev/null | jq -c '{azp, org, org_type, groups, aud}' || true

step "2. The ER posts a referral"
SMS_BEFORE=$(curl -sf localhost:8190/messages | jq length)
REFERRAL=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $HOSPITAL_TOKEN" -H 'Content-Type: application/json' \
  -d '{"channel": "ER", "er": {"department": "Spoedgevallen", "room": "Box 7"},
       "person": {"firstName": "Mieke", "phone": "+32 478 00 11 22", "language": "nl"},
       "consent": {"contactByPeer": true}}' \
  localhost:8101/api/referrals | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
REFERRAL_ID=${REFERRAL##*/}
echo "201 Created: $REFERRAL"

step "3. The on-call peer supporter's phone receives the page (curl localhost:8190/messages)"
for _ in $(seq 1 60); do
  [[ $(curl -sf localhost:8190/messages | jq length) -gt $SMS_BEFORE ]] && break
  sleep 0.5
done
SMS=$(curl -sf localhost:8190/messages | jq ".[$SMS_BEFORE]")
[[ "$SMS" != null ]] || { echo "demo: no SMS arrived within 30 s; see .koepel/logs/" >&2; exit 1; }
echo "$SMS" | jq .

step "4. The peer acknowledges: with their own token (password grant), POST /api/pages/{id}/acknowledge"
COORDINATOR_TOKEN=$(curl -sf -d grant_type=password -d client_id=koepel-cli -d username=coordinator \
  -d password=koepel-dev "$TOKEN_URL" | jq -r .access_token)
PAGE=$(curl -sf -H "Authorization: Bearer $COORDINATOR_TOKEN" "localhost:8104/api/pages?referralId=$REFERRAL_ID" \
  | jq '[.[] | select(.status == "AWAITING")] | sort_by(.candidateRank) | .[0]')
PAGE_ID=$(echo "$PAGE" | jq -r .id)
VOLUNTEER_ID=$(echo "$PAGE" | jq -r .volunteerId)
PEER=$(curl -sf -H "Authorization: Bearer $COORDINATOR_TOKEN" "localhost:8102/api/volunteers/$VOLUNTEER_ID")
PEER_LOGIN=$(echo "$PEER" | jq -r .email)   # Keycloak accepts the e-mail address as the username
echo "paged: $(echo "$PEER" | jq -r .displayName) ($PEER_LOGIN), page $PAGE_ID"
PEER_TOKEN=$(curl -sf -d grant_type=password -d client_id=koepel-cli -d username="$PEER_LOGIN" \
  -d password=koepel-dev "$TOKEN_URL" | jq -r .access_token)
curl -sf -X POST -H "Authorization: Bearer $PEER_TOKEN" "localhost:8104/api/pages/$PAGE_ID/acknowledge" | jq '{id, status, answeredAt}'
echo "(or: open the link in the SMS and press 'Ik ga')"

step "5. The referral now shows the assigned peer (GET /api/referrals/{id}, hospital token)"
for _ in $(seq 1 40); do
  VIEW=$(curl -sf -H "Authorization: Bearer $HOSPITAL_TOKEN" "localhost:8101/api/referrals/$REFERRAL_ID")
  [[ $(echo "$VIEW" | jq -r '.assignedPeer.volunteerId // empty') == "$VOLUNTEER_ID" ]] && break
  sleep 0.5
done
echo "$VIEW" | jq '{id, status, organisationId, assignedPeer}'
[[ $(echo "$VIEW" | jq -r '.assignedPeer.volunteerId // empty') == "$VOLUNTEER_ID" ]] \
  || { echo "demo: the referral was not assigned within 20 s" >&2; exit 1; }
echo
echo "The peer (with their own token) now sees the person's contact details:"
curl -sf -H "Authorization: Bearer $PEER_TOKEN" "localhost:8101/api/referrals/$REFERRAL_ID" | jq '{status, person}'
