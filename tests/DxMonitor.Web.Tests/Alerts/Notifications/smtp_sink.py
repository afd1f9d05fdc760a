"""A local SMTP server for DxMonitor's notification tests, on Debian's aiosmtpd (apt package python3-aiosmtpd).

Listens on 127.0.0.1 on a free port and prints "PORT <n>" once ready, then one JSON line per message accepted:
the envelope, the message exactly as received (base64), and its subject and bodies decoded by Python's own
e-mail package, so the test does not trust the same library to both write and read the message.
With "--auth user:password" the server requires AUTH PLAIN/LOGIN (without TLS) with those credentials.
Runs until its standard input closes or it is killed.
"""
import argparse
import asyncio
import base64
import email
import email.policy
import json
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Recorder:
    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        plain = message.get_body(("plain",))
        html = message.get_body(("html",))
        print(json.dumps({
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "login": session.auth_data,
            "subject": str(message["subject"]),
            "text": plain.get_content() if plain else None,
            "html": html.get_content() if html else None,
            "data": base64.b64encode(envelope.original_content).decode("ascii"),
        }), flush=True)
        return "250 OK"


def authenticator_for(credentials):
    user, password = credentials.split(":", 1)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False, auth_data=user if ok else None)

    return authenticate


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--auth")
    args = parser.parse_args()
    loop = asyncio.get_running_loop()
    handler = Recorder()
    options = {}
    if args.auth:
        options = {"authenticator": authenticator_for(args.auth), "auth_required": True, "auth_require_tls": False}
    server = await loop.create_server(lambda: SMTP(handler, hostname="sink.test", loop=loop, **options), "127.0.0.1", 0)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


asyncio.run(main())
