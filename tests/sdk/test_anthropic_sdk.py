"""The official Anthropic Python SDK against Gantry's /v1/messages, served by
Anthropic, OpenAI and Gemini upstreams."""

from __future__ import annotations

import anthropic
import pytest

MODELS = ["claude", "gpt", "gemini"]

WEATHER_TOOLS = [
    {
        "name": "get_weather",
        "description": "Current weather in a city",
        "input_schema": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city", "days"],
        },
    }
]
# What the mock fills in for WEATHER_TOOLS' required properties.
EXPECTED_INPUT = {"city": "mock", "days": 1}


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


@pytest.mark.parametrize("model", MODELS)
def test_messages_create(anthropic_client: anthropic.Anthropic, model: str) -> None:
    msg = anthropic_client.messages.create(
        model=model, max_tokens=100, system="be brief", messages=user("hello from the anthropic sdk")
    )
    assert msg.type == "message"
    assert msg.role == "assistant"
    assert msg.id, model
    assert msg.model, model
    assert msg.stop_reason == "end_turn", (model, msg.stop_reason)
    assert len(msg.content) == 1, (model, msg.content)
    block = msg.content[0]
    assert block.type == "text", (model, block)
    assert block.text.startswith("mock reply to: hello from the anthropic sdk"), (model, block.text)
    assert msg.usage.input_tokens > 0, (model, msg.usage)
    assert msg.usage.output_tokens > 0, (model, msg.usage)
    # The mock counts one output token per word.
    assert msg.usage.output_tokens == len(block.text.split()), (model, block.text, msg.usage)


@pytest.mark.parametrize("model", MODELS)
def test_messages_stream_matches_create(anthropic_client: anthropic.Anthropic, model: str) -> None:
    messages = user("stream this please")
    whole = anthropic_client.messages.create(model=model, max_tokens=100, messages=messages)
    with anthropic_client.messages.stream(model=model, max_tokens=100, messages=messages) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()

    assert len(pieces) > 1, (model, "expected several deltas", pieces)
    text = "".join(pieces)
    assert text == whole.content[0].text, model
    assert final.role == "assistant"
    assert final.stop_reason == "end_turn", (model, final.stop_reason)
    assert [b.type for b in final.content] == ["text"], (model, final.content)
    assert final.content[0].text == text, model
    assert final.usage.output_tokens == whole.usage.output_tokens, (model, final.usage, whole.usage)
    assert final.usage.input_tokens == whole.usage.input_tokens, (model, final.usage, whole.usage)


@pytest.mark.parametrize("model", MODELS)
def test_messages_max_tokens_cuts_the_reply(anthropic_client: anthropic.Anthropic, model: str) -> None:
    msg = anthropic_client.messages.create(model=model, max_tokens=3, messages=user("a long story please"))
    assert msg.stop_reason == "max_tokens", (model, msg.stop_reason)
    assert len(msg.content[0].text.split()) == 3, (model, msg.content[0].text)


@pytest.mark.parametrize("model", MODELS)
def test_tool_use_round_trip(anthropic_client: anthropic.Anthropic, model: str) -> None:
    messages = user("what is the weather in Oslo?")
    msg = anthropic_client.messages.create(
        model=model,
        max_tokens=100,
        messages=messages,
        tools=WEATHER_TOOLS,
        tool_choice={"type": "tool", "name": "get_weather"},
    )
    assert msg.stop_reason == "tool_use", (model, msg)
    uses = [b for b in msg.content if b.type == "tool_use"]
    assert len(uses) == 1, (model, msg.content)
    tool_use = uses[0]
    assert tool_use.id, model
    assert tool_use.name == "get_weather"
    assert isinstance(tool_use.input, dict), (model, tool_use.input)
    assert tool_use.input == EXPECTED_INPUT, (model, tool_use.input)

    follow_up = [
        *messages,
        {"role": "assistant", "content": msg.content},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": tool_use.id, "content": "rainy, 12 degrees"}],
        },
    ]
    reply = anthropic_client.messages.create(model=model, max_tokens=100, messages=follow_up, tools=WEATHER_TOOLS)
    assert reply.stop_reason == "end_turn", (model, reply)
    texts = [b.text for b in reply.content if b.type == "text"]
    assert texts and "rainy, 12 degrees" in texts[0], (model, reply.content)


@pytest.mark.parametrize("model", MODELS)
def test_streamed_tool_use(anthropic_client: anthropic.Anthropic, model: str) -> None:
    with anthropic_client.messages.stream(
        model=model,
        max_tokens=100,
        messages=user("what is the weather in Oslo?"),
        tools=WEATHER_TOOLS,
        tool_choice={"type": "any"},
    ) as stream:
        partial_json = "".join(
            event.partial_json for event in stream if event.type == "input_json"
        )
        final = stream.get_final_message()
    assert final.stop_reason == "tool_use", (model, final)
    uses = [b for b in final.content if b.type == "tool_use"]
    assert len(uses) == 1, (model, final.content)
    assert uses[0].name == "get_weather"
    assert uses[0].input == EXPECTED_INPUT, (model, uses[0].input)
    assert partial_json, model


def test_unknown_model_is_not_found(anthropic_client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.NotFoundError) as info:
        anthropic_client.messages.create(model="no-such-model", max_tokens=10, messages=user("hi"))
    assert info.value.status_code == 404
    assert isinstance(info.value.body, dict), info.value.body
    assert info.value.body.get("type") == "error", info.value.body
    assert info.value.body["error"]["type"] == "not_found_error", info.value.body


@pytest.mark.parametrize("model", MODELS)
def test_upstream_429_is_rate_limit_error(anthropic_client: anthropic.Anthropic, model: str) -> None:
    with pytest.raises(anthropic.RateLimitError) as info:
        anthropic_client.messages.create(model=model, max_tokens=10, messages=user("[[mock:status=429]] hi"))
    assert info.value.status_code == 429, model
    assert info.value.body["error"]["type"] == "rate_limit_error", (model, info.value.body)


@pytest.mark.parametrize("model", MODELS)
def test_upstream_500_is_a_server_error(anthropic_client: anthropic.Anthropic, model: str) -> None:
    with pytest.raises(anthropic.APIStatusError) as info:
        anthropic_client.messages.create(model=model, max_tokens=10, messages=user("[[mock:status=500]] hi"))
    assert info.value.status_code == 502, (model, info.value.status_code, info.value.body)
    assert isinstance(info.value, anthropic.InternalServerError), (model, type(info.value))
    assert info.value.body.get("type") == "error", (model, info.value.body)


@pytest.mark.parametrize("model", MODELS)
def test_stream_cut_raises_while_iterating(anthropic_client: anthropic.Anthropic, model: str) -> None:
    received: list[str] = []
    with pytest.raises(anthropic.APIError) as info:
        with anthropic_client.messages.stream(
            model=model, max_tokens=100, messages=user("[[mock:disconnect_after=3]] cut me off")
        ) as stream:
            assert stream.response.status_code == 200
            for text in stream.text_stream:
                received.append(text)
    # The gateway's `event: error`, not a broken connection.
    assert not isinstance(info.value, anthropic.APIConnectionError), (model, info.value)
    assert isinstance(info.value.body, dict) and info.value.body.get("type") == "error", (model, info.value.body)
    assert "".join(received), (model, "tokens before the cut are delivered")
