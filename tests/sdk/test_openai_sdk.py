"""The official OpenAI Python SDK against Gantry, for every provider kind."""

from __future__ import annotations

import json

import openai
import pytest

from conftest import CLIENT_KEY, MODEL_NAMES, UPSTREAM_KEY

CHAT_MODELS = ["gpt", "azure-gpt", "local", "claude", "gemini"]
EMBEDDING_MODELS = ["embed", "gemini-embed"]

WEATHER_TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather in a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
                "required": ["city", "unit"],
            },
        },
    }
]
FORCE_WEATHER = {"type": "function", "function": {"name": "get_weather"}}
# What the mock fills in for WEATHER_TOOLS' required properties.
EXPECTED_ARGS = {"city": "mock", "unit": "c"}


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def assert_usage(usage, model: str) -> None:
    assert usage is not None, model
    assert usage.prompt_tokens > 0, (model, usage)
    assert usage.completion_tokens > 0, (model, usage)
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens, (model, usage)


# --- chat completions -------------------------------------------------------


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_chat_non_streaming(openai_client: openai.OpenAI, model: str) -> None:
    resp = openai_client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": "be brief"}, *user("hello from the openai sdk")],
    )
    assert resp.object == "chat.completion"
    assert resp.id
    assert len(resp.choices) == 1
    choice = resp.choices[0]
    assert choice.index == 0
    assert choice.finish_reason == "stop", (model, choice)
    assert choice.message.role == "assistant"
    text = choice.message.content
    assert text is not None and text.startswith("mock reply to: hello from the openai sdk"), (model, text)
    assert not choice.message.tool_calls
    assert_usage(resp.usage, model)
    # The mock counts one output token per word.
    assert resp.usage.completion_tokens == len(text.split()), (model, text, resp.usage)


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_chat_streaming_matches_non_streaming(openai_client: openai.OpenAI, model: str) -> None:
    messages = user("stream this please")
    whole = openai_client.chat.completions.create(model=model, messages=messages)
    stream = openai_client.chat.completions.create(
        model=model, messages=messages, stream=True, stream_options={"include_usage": True}
    )
    pieces: list[str] = []
    finish_reasons: list[str] = []
    usage_chunks = []
    ids = set()
    for chunk in stream:
        if getattr(chunk, "prompt_filter_results", None) is not None and not chunk.choices:
            # Azure opens its streams with a content-filter chunk (no choices,
            # empty id/object), relayed as is; the SDK must tolerate it.
            assert model == "azure-gpt", (model, chunk)
            continue
        assert chunk.object == "chat.completion.chunk", (model, chunk)
        ids.add(chunk.id)
        if chunk.usage is not None:
            usage_chunks.append(chunk)
        for choice in chunk.choices:
            if choice.delta.content:
                pieces.append(choice.delta.content)
            if choice.finish_reason:
                finish_reasons.append(choice.finish_reason)

    assert len(ids) == 1, (model, ids)
    assert len(pieces) > 1, (model, "expected several deltas", pieces)
    assert "".join(pieces) == whole.choices[0].message.content, model
    assert finish_reasons == ["stop"], (model, finish_reasons)
    assert len(usage_chunks) == 1, (model, usage_chunks)
    final = usage_chunks[0]
    assert final.choices == [], (model, "the usage chunk has no choices", final)
    assert_usage(final.usage, model)
    assert final.usage.completion_tokens == whole.usage.completion_tokens, (model, final.usage, whole.usage)
    assert final.usage.prompt_tokens == whole.usage.prompt_tokens, (model, final.usage, whole.usage)


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_chat_streaming_without_include_usage_has_no_usage(openai_client: openai.OpenAI, model: str) -> None:
    stream = openai_client.chat.completions.create(model=model, messages=user("no usage"), stream=True)
    chunks = list(stream)
    assert chunks, model
    assert all(c.usage is None for c in chunks), (model, [c.usage for c in chunks])
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices).startswith(
        "mock reply to: no usage"
    ), model


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_chat_tool_call_round_trip(openai_client: openai.OpenAI, model: str) -> None:
    messages = user("what is the weather in Oslo?")
    resp = openai_client.chat.completions.create(
        model=model, messages=messages, tools=WEATHER_TOOLS, tool_choice=FORCE_WEATHER
    )
    choice = resp.choices[0]
    assert choice.finish_reason == "tool_calls", (model, choice)
    calls = choice.message.tool_calls
    assert calls and len(calls) == 1, (model, choice.message)
    call = calls[0]
    assert call.type == "function"
    assert call.id, model
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == EXPECTED_ARGS, (model, call.function.arguments)
    assert_usage(resp.usage, model)

    # Send the tool's result back; the model answers with text quoting it.
    follow_up = [
        *messages,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.function.name, "arguments": call.function.arguments},
                }
            ],
        },
        {"role": "tool", "tool_call_id": call.id, "content": "rainy, 12 degrees"},
    ]
    resp = openai_client.chat.completions.create(model=model, messages=follow_up, tools=WEATHER_TOOLS)
    choice = resp.choices[0]
    assert choice.finish_reason == "stop", (model, choice)
    assert not choice.message.tool_calls, (model, choice.message)
    assert "rainy, 12 degrees" in (choice.message.content or ""), (model, choice.message.content)


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_chat_streaming_tool_call(openai_client: openai.OpenAI, model: str) -> None:
    stream = openai_client.chat.completions.create(
        model=model,
        messages=user("what is the weather in Oslo?"),
        tools=WEATHER_TOOLS,
        tool_choice=FORCE_WEATHER,
        stream=True,
        stream_options={"include_usage": True},
    )
    calls: dict[int, dict] = {}
    argument_deltas = 0
    finish_reasons = []
    usage = None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            if choice.finish_reason:
                finish_reasons.append(choice.finish_reason)
            for delta in choice.delta.tool_calls or []:
                call = calls.setdefault(delta.index, {"id": None, "name": "", "arguments": ""})
                if delta.id:
                    call["id"] = delta.id
                if delta.function is not None:
                    if delta.function.name:
                        call["name"] += delta.function.name
                    if delta.function.arguments:
                        call["arguments"] += delta.function.arguments
                        argument_deltas += 1

    assert list(calls) == [0], (model, calls)
    call = calls[0]
    assert call["id"], (model, call)
    assert call["name"] == "get_weather", (model, call)
    assert json.loads(call["arguments"]) == EXPECTED_ARGS, (model, call)
    assert argument_deltas >= 1, model
    assert finish_reasons == ["tool_calls"], (model, finish_reasons)
    assert_usage(usage, model)


# --- embeddings ---------------------------------------------------------------


@pytest.mark.parametrize("model", EMBEDDING_MODELS)
def test_embeddings(openai_client: openai.OpenAI, model: str) -> None:
    inputs = ["the quick brown fox", "jumps over the lazy dog"]
    # Explicit floats.
    floats = openai_client.embeddings.create(model=model, input=inputs, encoding_format="float")
    assert floats.object == "list"
    assert [d.index for d in floats.data] == [0, 1], model
    dims = {len(d.embedding) for d in floats.data}
    assert len(dims) == 1 and dims.pop() > 0, (model, dims)
    for d in floats.data:
        assert d.object == "embedding"
        assert all(isinstance(x, float) for x in d.embedding), model
    assert floats.data[0].embedding != floats.data[1].embedding, (model, "different inputs, different vectors")
    if model == "gemini-embed":
        # Gemini does not report token counts for embeddings; Gantry says 0.
        assert (floats.usage.prompt_tokens, floats.usage.total_tokens) == (0, 0), (model, floats.usage)
    else:
        assert floats.usage.prompt_tokens > 0, (model, floats.usage)
        assert floats.usage.total_tokens == floats.usage.prompt_tokens, (model, floats.usage)

    # The SDK's default asks for base64 and decodes it; the vectors must be the same.
    default = openai_client.embeddings.create(model=model, input=inputs)
    assert len(default.data) == 2, model
    for a, b in zip(floats.data, default.data):
        assert len(a.embedding) == len(b.embedding), model
        assert all(abs(x - y) < 1e-5 for x, y in zip(a.embedding, b.embedding)), model

    # A single string input.
    single = openai_client.embeddings.create(model=model, input="hello", encoding_format="float")
    assert len(single.data) == 1 and len(single.data[0].embedding) > 0, model


@pytest.mark.parametrize("model", ["claude"])
def test_embeddings_on_a_chat_only_provider_is_a_clear_400(openai_client: openai.OpenAI, model: str) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        openai_client.embeddings.create(model=model, input="hello")
    assert info.value.code == "unsupported_endpoint", info.value.body


# --- legacy completions -----------------------------------------------------------


@pytest.mark.parametrize("model", ["gpt", "azure-gpt", "local"])
def test_legacy_completions(openai_client: openai.OpenAI, model: str) -> None:
    resp = openai_client.completions.create(model=model, prompt="complete this sentence", max_tokens=50)
    assert resp.object == "text_completion", (model, resp)
    text = resp.choices[0].text
    assert text.startswith("mock reply to: complete this sentence"), (model, text)
    assert resp.choices[0].finish_reason == "stop", (model, resp.choices[0])
    assert_usage(resp.usage, model)

    stream = openai_client.completions.create(model=model, prompt="complete this sentence", max_tokens=50, stream=True)
    streamed = "".join(c.choices[0].text for c in stream if c.choices)
    assert streamed == text, model


@pytest.mark.parametrize("model", ["claude", "gemini"])
def test_legacy_completions_unsupported_is_a_clear_400(openai_client: openai.OpenAI, model: str) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        openai_client.completions.create(model=model, prompt="hi")
    assert info.value.code == "unsupported_endpoint", (model, info.value.body)


# --- models -------------------------------------------------------------------


def test_models_list(openai_client: openai.OpenAI) -> None:
    ids = [m.id for m in openai_client.models.list()]
    assert set(MODEL_NAMES) <= set(ids), ids
    assert len(ids) == len(set(ids)), ids


# --- errors -------------------------------------------------------------------


def test_unknown_model_is_not_found(openai_client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        openai_client.chat.completions.create(model="no-such-model", messages=user("hi"))
    assert info.value.status_code == 404
    assert info.value.code == "model_not_found", info.value.body
    assert "no-such-model" in info.value.message

    with pytest.raises(openai.NotFoundError) as info:
        openai_client.embeddings.create(model="no-such-model", input="hi")
    assert info.value.code == "model_not_found", info.value.body


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_upstream_429_is_rate_limit_error(openai_client: openai.OpenAI, model: str) -> None:
    with pytest.raises(openai.RateLimitError) as info:
        openai_client.chat.completions.create(model=model, messages=user("[[mock:status=429]] hi"))
    assert info.value.status_code == 429, model
    assert info.value.response.headers.get("retry-after") == "1", (model, dict(info.value.response.headers))


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_upstream_500_is_502(openai_client: openai.OpenAI, model: str) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        openai_client.chat.completions.create(model=model, messages=user("[[mock:status=500]] hi"))
    assert isinstance(info.value, openai.InternalServerError), (model, type(info.value))
    assert info.value.status_code == 502, (model, info.value.status_code, info.value.body)
    assert info.value.code == "upstream_error", (model, info.value.body)


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_stream_cut_raises_while_iterating(openai_client: openai.OpenAI, model: str) -> None:
    stream = openai_client.chat.completions.create(
        model=model, messages=user("[[mock:disconnect_after=3]] cut me off"), stream=True
    )
    # The headers were already 200: the failure shows up while iterating.
    assert stream.response.status_code == 200
    received: list[str] = []
    with pytest.raises(openai.APIError) as info:
        for chunk in stream:
            for choice in chunk.choices:
                received.append(choice.delta.content or "")
    # The gateway's in-stream error frame, not a broken connection.
    assert not isinstance(info.value, openai.APIConnectionError), (model, info.value)
    assert isinstance(info.value.body, dict), (model, info.value.body)
    assert info.value.body.get("code") == "upstream_stream_interrupted", (model, info.value.body)
    assert "".join(received), (model, "tokens before the cut are delivered")


# --- credentials ----------------------------------------------------------------


def test_client_key_never_reaches_the_upstream(gateway, openai_client: openai.OpenAI) -> None:
    for model in CHAT_MODELS:
        openai_client.chat.completions.create(model=model, messages=user("credentials check"))
    openai_client.embeddings.create(model="gemini-embed", input="credentials check")
    requests = gateway.mock_requests()
    assert requests
    for r in requests:
        for name, value in r["headers"]:
            assert CLIENT_KEY not in value, (r["path_and_query"], name)
        assert CLIENT_KEY not in r["path_and_query"]
        assert UPSTREAM_KEY in r["path_and_query"] or any(UPSTREAM_KEY in v for _, v in r["headers"]), r[
            "path_and_query"
        ]
