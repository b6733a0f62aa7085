"""Real resources of the fuzzing user, named by placeholders in generated requests.

The schema fuzzer draws ids from dictionaries; a `pool-<kind>` entry stands for one of the
user's own resources in a given state (an in-progress session, a published resume, ...).
Before a request is sent its placeholders become real ids, and a resource a successful change
may have moved out of its state is made afresh the next time it is asked for.
"""

import uuid
from collections.abc import Callable
from typing import Any

from schemathesis import BaseSchema, Case, Response

from tests.support import PASSWORD
from tests.support_files import JOB_DESCRIPTION, RESUME_LINES

PREFIX = "pool-"
SESSION_KINDS = [
    "bank-in-progress",
    "bank-completed",
    "bank-abandoned",
    "tailored-setup",
    "tailored-ready",
    "tailored-in-progress",
    "tailored-completed",
]
RESUME_KINDS = ["resume-published", "resume-draft"]
ROLE = "role-004"
ANSWER = "I led the migration, split the work into stages, and cut the error rate by half."
UPLOAD_NAMES = ["resume.txt", "resume.md", "resume.pdf", "resume.docx", "resume"]


class Pool:
    """Lazily made resources of one signed-up user, sent through the fuzzed app itself."""

    def __init__(self, schema: BaseSchema, app: Any, email: str) -> None:
        self.schema = schema
        self.app = app
        token, user_uuid = self.sign_up(email)
        self.headers = {"Authorization": f"Bearer {token}"}
        self.ids: dict[str, str] = {"user": user_uuid}
        self.used: set[str] = set()
        self.spare_email = f"spare-{uuid.uuid4().hex[:10]}@example.com"
        self.spare_signed_up = False

    def call(self, case: Case, headers: dict[str, str] | None = None, **extra: Any) -> Response:
        """Send a case to the fuzzed app (extra: arguments for `requests`, such as files)."""
        return case.call(headers=headers, app=self.app, **extra)

    def sign_up(self, email: str) -> tuple[str, str]:
        """Register and sign in; returns the token and the user's uuid."""
        details = {"email": email, "password": PASSWORD, "name": "Fuzz User"}
        created = self.call(self.schema["/api/auth/register"]["POST"].Case(body=details))
        assert created.status_code == 201, created.text
        return self.sign_in(email)

    def sign_in(self, email: str) -> tuple[str, str]:
        """A new token of an existing user, and the user's uuid."""
        login = self.schema["/api/auth/login"]["POST"].Case(
            body={"email": email, "password": PASSWORD}
        )
        body = self.call(login).json()
        return str(body["access_token"]), str(body["user_uuid"])

    def prepare(self, case: Case) -> dict[str, Any]:
        """Put real ids in the case; returns the arguments to send it with."""
        self.used = set()
        for questions in (False, True):  # questions last: they belong to the interview named
            case.path_parameters = self._swap(case.path_parameters, case, questions)
            case.query = self._swap(case.query, case, questions)
            case.headers = self._swap(dict(case.headers or {}), case, questions)
            if isinstance(case.body, dict | list):
                case.body = self._swap(case.body, case, questions)
        extra: dict[str, Any] = {"headers": dict(self.headers), "app": self.app}
        if case.operation.path == "/api/auth/logout":  # sign out a spare token, never the pool's
            extra["headers"]["Authorization"] = f"Bearer {self._spare_token(case)}"
        return extra | _named_upload(case)

    def after(self, case: Case, response: Response) -> None:
        """Forget resources a successful change may have moved out of their state."""
        if case.method.upper() != "GET" and response.status_code < 300:
            for kind in self.used:
                self.ids.pop(kind, None)

    def get(self, kind: str) -> str:
        """The id of a resource of this kind, made now when there is none."""
        if kind not in self.ids:
            self.ids[kind] = self._makers()[kind]()
        return self.ids[kind]

    def send(self, method: str, path: str, files: Any = None, **parts: Any) -> Any:
        """Send one request as the user; it must succeed and match the schema. Returns its JSON."""
        if "body" in parts and not files:
            parts.setdefault("media_type", "application/json")
        case = self.schema[path][method].Case(**parts)
        response = self.call(case, self.headers, **({"files": files} if files else {}))
        assert response.status_code < 300, (method, path, parts, response.text)
        case.validate_response(response)
        return response.json()

    def _spare_token(self, case: Case) -> str:
        """A new token of a second user (signed up once), who the case's uuid header names."""
        if not self.spare_signed_up:
            self.sign_up(self.spare_email)
            self.spare_signed_up = True
        token, user_uuid = self.sign_in(self.spare_email)
        if "uuid" in case.headers:
            case.headers["uuid"] = user_uuid
        return token

    def _swap(self, value: Any, case: Case, questions: bool) -> Any:
        if isinstance(value, dict):
            return {k: self._swap(v, case, questions) for k, v in value.items()}
        if isinstance(value, list):
            return [self._swap(v, case, questions) for v in value]
        if not (isinstance(value, str) and value.startswith(PREFIX)):
            return value
        kind = value.removeprefix(PREFIX)
        if kind == "question":
            return self._question(case) if questions else value
        if kind != "user":  # the user stays; anything else may have changed
            self.used.add(kind)
        return self.get(kind)

    def _question(self, case: Case) -> str:
        """The current (else the first) question of the interview the case names."""
        params = case.path_parameters or {}
        sid = (
            params.get("session_uuid") or params.get("interview_id") or self.get("bank-in-progress")
        )
        path = "/api/mock-interview/sessions/{session_uuid}"
        found = self.schema[path]["GET"].Case(path_parameters={"session_uuid": sid})
        body = self.call(found, self.headers).json()
        current = body.get("current_question") or {}
        return str(current.get("question_uuid") or (body.get("question_sequence") or ["none"])[0])

    def _makers(self) -> dict[str, Callable[[], str]]:
        return {
            "bank-in-progress": self._bank_session,
            "bank-completed": lambda: self._finish(self._bank_session()),
            "bank-abandoned": lambda: self._act(self._bank_session(), "abandon"),
            "tailored-setup": lambda: self.send("POST", "/api/mock-interviews", body={})["id"],
            "tailored-ready": self._ready,
            "tailored-in-progress": lambda: self._start(self._ready()),
            "tailored-completed": lambda: self._finish(self._start(self._ready())),
            "resume-draft": self._resume,
            "resume-published": self._published,
        }

    def _bank_session(self) -> str:
        body = self.send("POST", "/api/mock-interview/start", body={"role_uuid": ROLE})
        return str(body["session_uuid"])

    def _act(self, sid: str, action: str) -> str:
        path = f"/api/mock-interview/sessions/{{session_uuid}}/{action}"
        self.send("POST", path, path_parameters={"session_uuid": sid})
        return sid

    def _finish(self, sid: str) -> str:
        """Answer the first question, then complete the interview."""
        path = "/api/mock-interview/sessions/{session_uuid}/submit-response"
        self.send(
            "POST", path, path_parameters={"session_uuid": sid}, body={"response_text": ANSWER}
        )
        return self._act(sid, "complete")

    def _resume(self) -> str:
        text = "\n".join(RESUME_LINES).encode()
        body = self.send("POST", "/api/resumes", files={"file": ("resume.txt", text)})
        return str(body["resume_id"])

    def _published(self) -> str:
        rid = self._resume()
        path = "/api/resumes/{resume_id}"
        self.send("PATCH", path, path_parameters={"resume_id": rid}, body={"published": True})
        return rid

    def _ready(self) -> str:
        iid = str(self.send("POST", "/api/mock-interviews", body={})["id"])
        body = {"resume_id": self._published(), "job_description": JOB_DESCRIPTION}
        path = "/api/mock-interviews/{interview_id}/generate-questions"
        self.send("POST", path, path_parameters={"interview_id": iid}, body=body)
        return iid

    def _start(self, iid: str) -> str:
        path = "/api/mock-interviews/{interview_id}/start-session"
        self.send("POST", path, path_parameters={"interview_id": iid})
        return iid


def _named_upload(case: Case) -> dict[str, Any]:
    """A well-formed resume upload goes out under a file name the server reads.

    Generated multipart parts carry no file extension, so every upload would stop at the
    type check; naming the file (by its length: text, Markdown, PDF, Word or none) sends the
    generated bytes on into the extractors.
    """
    body = case.body
    if (case.method.upper(), case.operation.path) != ("POST", "/api/resumes"):
        return {}
    if not (isinstance(body, dict) and set(body) <= {"file", "title"}):
        return {}
    content, title = body.get("file"), body.get("title")
    if not isinstance(content, str) or not isinstance(title, str | None):
        return {}
    data = content.encode("utf-8", "surrogatepass")
    name = UPLOAD_NAMES[len(data) % len(UPLOAD_NAMES)]
    return {"files": {"file": (name, data)}, "data": {"title": title} if title is not None else {}}
