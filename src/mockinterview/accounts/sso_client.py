"""Talking to an OpenID Connect provider: discovery, the code exchange with PKCE (Authlib), and
ID tokens verified against the provider's published keys (joserfc, Authlib's JOSE library)."""

import time
from typing import Any

import httpx
from authlib.integrations.httpx_client import AsyncOAuth2Client
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from mockinterview.accounts.sso_errors import SsoError
from mockinterview.config import OidcProvider

HTTP_SECONDS = 10.0
CACHE_SECONDS = 3600
LEEWAY_SECONDS = 60
_cache: dict[str, tuple[float, dict[str, Any], dict[str, Any]]] = {}


async def _get_json(url: str) -> dict[str, Any]:
    try:
        async with httpx.AsyncClient(timeout=HTTP_SECONDS) as http:
            response = await http.get(url)
        data = response.json() if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError) as exc:
        raise SsoError(f"{url} cannot be read ({type(exc).__name__})") from exc
    if response.status_code != 200:
        raise SsoError(f"{url} answered {response.status_code}")
    if not isinstance(data, dict):
        raise SsoError(f"{url} did not answer a JSON object")
    return data


class OidcClient:
    """One configured provider."""

    def __init__(self, provider: OidcProvider) -> None:
        self.provider = provider

    async def _discover(self, refresh: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
        """The provider's metadata and keys, kept for an hour (fetched again when asked)."""
        issuer = self.provider.issuer.rstrip("/")
        cached = _cache.get(issuer)
        if cached and not refresh and time.monotonic() - cached[0] < CACHE_SECONDS:
            return cached[1], cached[2]
        metadata = await _get_json(f"{issuer}/.well-known/openid-configuration")
        if metadata.get("issuer", "").rstrip("/") != issuer:
            raise SsoError("the provider's metadata names another issuer")
        keys = await _get_json(str(metadata["jwks_uri"]))
        _cache[issuer] = (time.monotonic(), metadata, keys)
        return metadata, keys

    def _oauth(self, redirect_uri: str) -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=self.provider.client_id,
            client_secret=self.provider.client_secret.get_secret_value(),
            scope=self.provider.scopes,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=HTTP_SECONDS,
        )

    async def authorization_url(
        self, redirect_uri: str, state: str, nonce: str, verifier: str, fresh: bool = False
    ) -> str:
        """Where to send the browser: the provider's sign-in, with state, nonce and PKCE.

        fresh asks the provider to check who it is again, even with a session there.
        """
        metadata, _ = await self._discover()
        extra = {"prompt": "login", "max_age": "0"} if fresh else {}
        async with self._oauth(redirect_uri) as oauth:
            url, _ = oauth.create_authorization_url(
                metadata["authorization_endpoint"],
                state=state,
                nonce=nonce,
                code_verifier=verifier,
                **extra,
            )
        return str(url)

    async def claims(
        self, code: str, redirect_uri: str, verifier: str, nonce: str
    ) -> dict[str, Any]:
        """Exchange the code (with the PKCE verifier) and return the verified ID token's claims."""
        metadata, keys = await self._discover()
        async with self._oauth(redirect_uri) as oauth:
            try:
                token = await oauth.fetch_token(
                    metadata["token_endpoint"], code=code, code_verifier=verifier
                )
            except Exception as exc:
                raise SsoError(f"the code was refused ({type(exc).__name__})") from exc
        id_token = token.get("id_token")
        if not id_token:
            raise SsoError("the provider sent no ID token")
        try:
            claims = _decode(id_token, keys)
        except JoseError:  # signed with a key not seen yet: the provider may have rotated keys
            _, keys = await self._discover(refresh=True)
            try:
                claims = _decode(id_token, keys)
            except JoseError as exc:
                raise SsoError(
                    "the ID token's signature does not match the provider's keys"
                ) from exc
        expected = jwt.JWTClaimsRegistry(
            leeway=LEEWAY_SECONDS,
            iss={"essential": True, "value": self.provider.issuer.rstrip("/")},
            aud={"essential": True, "value": self.provider.client_id},
            sub={"essential": True},
            exp={"essential": True},
            nonce={"essential": True, "value": nonce},
        )
        try:
            expected.validate(claims)
        except JoseError as exc:
            raise SsoError(f"the ID token is not valid ({exc.error}: {exc.description})") from exc
        return claims


SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA")


def _decode(id_token: str, keys: dict[str, Any]) -> dict[str, Any]:
    """The claims of an ID token whose signature matches one of the provider's keys."""
    try:
        key_set = KeySet.import_key_set(keys)  # type: ignore[arg-type]
        token = jwt.decode(id_token, key_set, algorithms=SIGNING_ALGORITHMS)
    except (JoseError, ValueError) as exc:
        raise JoseError(f"signature: {exc}") from exc
    return dict(token.claims)
