#!/bin/sh
# Runs in the nginx image's entrypoint (/docker-entrypoint.d/) before nginx starts.
# Writes, from the environment:
#   ${DIN_HTML_DIR}/config.json        {"apiUrl","keycloakUrl","realm","clientId","mapTileUrl",
#                                       "mapAttribution"}, fetched by the SPA
#   ${DIN_HEADERS_FILE}                 the security headers, with a CSP that lets the SPA reach
#                                       the API and Keycloak (connect-src), frame Keycloak
#                                       (frame-src, for keycloak-js' silent check-sso) and load
#                                       the map's tiles (img-src)
# Variables: DIN_API_URL, DIN_KEYCLOAK_URL (absolute http(s) URLs), DIN_REALM, DIN_SPA_CLIENT_ID,
# DIN_MAP_TILE_URL (a Leaflet tile URL template), DIN_MAP_ATTRIBUTION (HTML shown on the maps);
# unset or empty means the default, as in the Vite dev server. A URL that is not a plain http(s)
# URL stops the container with a message, rather than producing a config or CSP that fails later
# in the browser.
set -eu

html_dir=${DIN_HTML_DIR:-/usr/share/nginx/html}
headers_file=${DIN_HEADERS_FILE:-/etc/nginx/din/security-headers.conf}
# The policy's text, shared with `vite preview` (../security-headers.ts): one directive a line,
# {API_ORIGIN} and {KEYCLOAK_ORIGIN} filled in here.
csp_template=${DIN_CSP_TEMPLATE:-/etc/nginx/din/content-security-policy.txt}
api_url=${DIN_API_URL:-http://localhost:8080}
keycloak_url=${DIN_KEYCLOAK_URL:-http://localhost:8180}
realm=${DIN_REALM:-din}
client_id=${DIN_SPA_CLIENT_ID:-din-spa}
# OpenStreetMap's standard tiles, as the SPA's own defaults (src/lib/config/runtime-config.ts).
# (Defaults in variables of their own: a } inside ${VAR:-...} would end the expansion.)
default_tile_url='https://tile.openstreetmap.org/{z}/{x}/{y}.png'
default_attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
map_tile_url=${DIN_MAP_TILE_URL:-$default_tile_url}
map_attribution=${DIN_MAP_ATTRIBUTION:-$default_attribution}

me="40-din-config.sh"
die() { echo "$me: $*" >&2; exit 1; }

# A JSON string literal: backslash and double quote escaped, control characters dropped
# (none belongs in a URL, realm or client id), everything else (UTF-8 too) kept as it is.
json_string() {
    printf '"%s"' "$(printf '%s' "$1" | tr -d '\000-\037\177' | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

# The origin (scheme://host[:port]) of an absolute http(s) URL, for the CSP; a trailing path is
# dropped. Anything else (quotes, spaces, semicolons, $, other schemes) is refused, since the
# value ends up inside an nginx directive.
origin_of() {
    name=$1 url=$2
    origin=$(printf '%s' "$url" | sed -n -E 's#^(https?://[A-Za-z0-9._~-]+(:[0-9]{1,5})?)(/[A-Za-z0-9._~/%-]*)?$#\1#p')
    [ -n "$origin" ] || die "$name='$url' is not an absolute http(s) URL (like https://api.example.org); refusing to start"
    printf '%s' "$origin"
}

# The origin a Leaflet tile URL template loads from: placeholders ({z}, {x}, {y}, {r}) are fine in
# the path and a query; {s} (the server's subdomains) only as the host's first label, where it
# becomes the CSP wildcard *. (as ../security-headers.ts does for `vite preview`).
tile_origin_of() {
    url=$1
    origin=$(printf '%s' "$url" | sed -n -E 's#^(https?://)(\{s\}\.)?([A-Za-z0-9.-]+(:[0-9]{1,5})?)([/?][A-Za-z0-9._~/%{}@?&=+,-]*)?$#\1\2\3#p')
    [ -n "$origin" ] || die "DIN_MAP_TILE_URL='$url' is not an absolute http(s) tile URL (like https://tile.openstreetmap.org/{z}/{x}/{y}.png); refusing to start"
    printf '%s' "$origin" | sed -e 's#{s}\.#*.#'
}

api_origin=$(origin_of DIN_API_URL "$api_url")
kc_origin=$(origin_of DIN_KEYCLOAK_URL "$keycloak_url")
tile_origin=$(tile_origin_of "$map_tile_url")

# The URLs go to the SPA without a trailing slash, as the contract's examples have them.
api_url=${api_url%/}
keycloak_url=${keycloak_url%/}

tmp="$html_dir/config.json.tmp.$$"
{
    printf '{\n'
    printf '  "apiUrl": %s,\n' "$(json_string "$api_url")"
    printf '  "keycloakUrl": %s,\n' "$(json_string "$keycloak_url")"
    printf '  "realm": %s,\n' "$(json_string "$realm")"
    printf '  "clientId": %s,\n' "$(json_string "$client_id")"
    printf '  "mapTileUrl": %s,\n' "$(json_string "$map_tile_url")"
    printf '  "mapAttribution": %s\n' "$(json_string "$map_attribution")"
    printf '}\n'
} > "$tmp"
chmod 0644 "$tmp"
mv -f "$tmp" "$html_dir/config.json"

# The origins hold only URL characters (origin_of, tile_origin_of checked), so they are safe in sed
# and in nginx.
[ -r "$csp_template" ] || die "cannot read the CSP template $csp_template"
csp=$(sed -e "s#{API_ORIGIN}#$api_origin#g" -e "s#{KEYCLOAK_ORIGIN}#$kc_origin#g" -e "s#{TILE_ORIGIN}#$tile_origin#g" "$csp_template" \
    | tr -s ' \n' '  ' | sed -e 's/^ *//' -e 's/ *$//')

mkdir -p "$(dirname "$headers_file")"
cat > "$headers_file" <<CONF
# GENERATED at container start by /docker-entrypoint.d/$me; edits here are overwritten.
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
add_header X-Frame-Options "SAMEORIGIN" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=()" always;
add_header Cross-Origin-Opener-Policy "same-origin-allow-popups" always;
add_header Content-Security-Policy "$csp" always;
CONF

echo "$me: wrote $html_dir/config.json (apiUrl=$api_url keycloakUrl=$keycloak_url realm=$realm clientId=$client_id mapTileUrl=$map_tile_url) and the CSP"
