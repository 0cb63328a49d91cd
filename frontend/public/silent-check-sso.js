// keycloak-js (check-sso in a hidden iframe) reads the result of the silent login from this message.
parent.postMessage(location.href, location.origin);
