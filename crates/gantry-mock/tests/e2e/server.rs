//! Health, request recording and the library API.

use gantry_mock::{MockConfig, MockServer, RECORDED_REQUESTS, RecordedRequest};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn health_and_url() {
    let server = start().await;
    assert_eq!(server.url(), format!("http://127.0.0.1:{}", server.addr.port()));
    let response = client().get(format!("{}/healthz", server.url())).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(MockConfig::default().default_tokens, 12);
}

#[tokio::test]
async fn records_requests() {
    let server = start().await;
    let body = json!({"model": "m", "messages": [{"role": "user", "content": "hi"}]});
    post(
        &format!("{}/v1/chat/completions?x=1", server.url()),
        &body,
        &[("authorization", "Bearer abc")],
    )
    .await;
    post_raw(&format!("{}/v1/messages", server.url()), b"not json".to_vec(), &[]).await;

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].path_and_query, "/v1/chat/completions?x=1");
    assert_eq!(requests[0].header("Authorization"), Some("Bearer abc"));
    assert_eq!(requests[0].body, body);
    assert_eq!(requests[1].body, serde_json::Value::Null);

    // Over HTTP too.
    let listed = client()
        .get(format!("{}/_mock/requests", server.url()))
        .send()
        .await
        .unwrap();
    let listed: Vec<RecordedRequest> = serde_json::from_slice(&listed.bytes().await.unwrap()).unwrap();
    assert_eq!(listed, requests);
    let cleared = client()
        .delete(format!("{}/_mock/requests", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(cleared.status(), 200);
    assert!(server.requests().is_empty());

    server.clear_requests();
    let client = client();
    let bytes = serde_json::to_vec(&body).unwrap();
    for i in 0..RECORDED_REQUESTS + 5 {
        let url = format!("{}/v1/chat/completions?i={i}", server.url());
        let response = client.post(url).body(bytes.clone()).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.bytes().await.unwrap();
    }
    let requests = server.requests();
    assert_eq!(requests.len(), RECORDED_REQUESTS);
    assert_eq!(requests[0].path_and_query, "/v1/chat/completions?i=5");
}

#[tokio::test]
async fn serve_on_a_listener_and_stop_on_drop() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(gantry_mock::serve(listener, MockConfig::default()));
    let response = client().get(format!("http://{addr}/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    task.abort();

    let server = MockServer::start(MockConfig::default()).await.unwrap();
    let url = server.url();
    drop(server);
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    assert!(client().get(format!("{url}/healthz")).send().await.is_err());
}
