//! `sipkb serve` through the real binary on an ephemeral port: every route, locale
//! negotiation, every error status, malformed requests, and an import seen while serving.

use crate::common;

use common::{Server, TestEnv, start_server as start};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;

/// (status, JSON body) of a request; `headers` as (name, value).
fn call(
    s: &Server,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> (u16, Value) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let url = format!("{}{path}", s.base);
    let resp = match (method, body) {
        ("GET", _) => {
            let mut r = agent.get(&url);
            for (k, v) in headers {
                r = r.header(*k, *v);
            }
            r.call()
        }
        (_, b) => {
            let mut r = agent.post(&url);
            for (k, v) in headers {
                r = r.header(*k, *v);
            }
            r.send(b.unwrap_or_default())
        }
    }
    .expect("answers");
    let status = resp.status().as_u16();
    let ct = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string());
    assert_eq!(
        ct.as_deref(),
        Some("application/json"),
        "{path}: every answer is JSON"
    );
    let text = resp.into_body().read_to_string().unwrap();
    (status, serde_json::from_str(&text).expect("JSON body"))
}

fn get(s: &Server, path: &str) -> (u16, Value) {
    call(s, "GET", path, &[], None)
}

/// A raw request, for what an HTTP client library would refuse to send.
fn raw(s: &Server, request: &[u8]) -> String {
    let mut c = TcpStream::connect(&s.addr).unwrap();
    c.write_all(request).unwrap();
    let mut out = String::new();
    let _ = c.read_to_string(&mut out);
    out
}

#[test]
fn every_route_answers() {
    let env = TestEnv::new();
    let s = start(&env, &[]);
    let (st, v) = get(&s, "/healthz");
    assert_eq!((st, v["status"].as_str()), (200, Some("ok")));

    let (st, v) = get(&s, "/api/explain?q=SIP%2F2.0+480+No+money+left");
    assert_eq!(st, 200);
    assert_eq!(v["match"], "variant");
    assert_eq!(v["variants"][0]["vendor"], "ru-softswitch");
    // The same object as `sipkb explain --json`.
    let cli = env
        .cmd()
        .args(["explain", "--json", "SIP/2.0 480 No money left"])
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&cli.stdout).unwrap();
    assert_eq!(v, cli);

    let (st, v) = get(&s, "/api/explain?q=Nothing+like+this+at+all+xyzzy");
    assert_eq!((st, v["match"].as_str()), (404, Some("not_found")));

    let (st, v) = get(&s, "/api/codes");
    assert_eq!(st, 200);
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == 486 && c["title"] == "Busy here"),
        "{v}"
    );
    let (_, v) = get(&s, "/api/codes?class=6xx");
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .all(|c| c["code"].as_u64().unwrap() >= 600)
    );
    let (st, v) = get(&s, "/api/codes/486");
    assert_eq!((st, v["canonical"]["code"].as_u64()), (200, Some(486)));
    let (st, _) = get(&s, "/api/codes/499");
    assert_eq!(st, 404, "unregistered");
    let (st, _) = get(&s, "/api/codes/4O4");
    assert_eq!(st, 400);

    let (st, v) = get(&s, "/api/vendors");
    assert_eq!(st, 200);
    assert!(v.as_array().unwrap().iter().any(|x| x["slug"] == "gigaset"));

    let (st, v) = get(&s, "/api/search?q=%E4%BD%99%E9%A2%9D&limit=3");
    assert_eq!(st, 200);
    assert!(
        v.as_array().unwrap().len() <= 3 && v[0]["code"] == 480,
        "{v}"
    );

    let (st, v) = get(&s, "/api/labels?lang=zh");
    assert_eq!((st, v["web-explain"].as_str()), (200, Some("解释")));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let page = agent.get(format!("{}/", s.base)).call().unwrap();
    assert!(
        page.headers()
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = page.into_body().read_to_string().unwrap();
    // Embedded, no external assets: the only address outside the page is the RFC Editor's,
    // which RFC references link to.
    assert!(html.contains("id=\"input\"") && !html.contains("http://"));
    for (at, _) in html.match_indices("https://") {
        assert!(
            html[at..].starts_with("https://www.rfc-editor.org/rfc/"),
            "external address in the page: {}",
            &html[at..(at + 60).min(html.len())]
        );
    }
    // The server renders the negotiated language's labels into the page.
    assert!(html.contains("<html lang=\"en\">") && html.contains(">Explain</button>"));
    let ru = agent.get(format!("{}/?lang=ru", s.base)).call().unwrap();
    let ru = ru.into_body().read_to_string().unwrap();
    assert!(ru.contains("<html lang=\"ru\">") && ru.contains(">Расшифровать</button>"));
    let zh = agent
        .get(format!("{}/", s.base))
        .header("Accept-Language", "zh-CN,zh;q=0.9")
        .call()
        .unwrap();
    let zh = zh.into_body().read_to_string().unwrap();
    assert!(zh.contains("<html lang=\"zh-Hans\">") && zh.contains(">解释</button>"));
    let block = zh
        .split("<script type=\"application/json\" id=\"labels\">")
        .nth(1)
        .and_then(|b| b.split("</script>").next())
        .expect("the labels block");
    let labels: Value = serde_json::from_str(block).expect("JSON labels");
    assert_eq!(
        (labels["lang"].as_str(), labels["web-explain"].as_str()),
        (Some("zh"), Some("解释"))
    );
    assert!(
        !block.contains('<') && !block.contains('>'),
        "escaped: {block}"
    );

    let (st, v) = get(&s, "/api/vendors/gigaset?lang=ru");
    assert_eq!(st, 200);
    let entry = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["vendor_code"] == "0x751")
        .expect("0x751");
    assert!(
        !entry["title"].as_str().unwrap().is_empty()
            && !entry["category_label"].as_str().unwrap().is_empty()
    );
    let (st, _) = get(&s, "/api/vendors/no-such-vendor");
    assert_eq!(st, 404);
    let (st, v) = get(&s, "/api/q850?lang=zh");
    assert_eq!(st, 200);
    let busy = v
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["value"] == 17)
        .expect("17");
    assert_eq!(
        (busy["to_sip"].as_u64(), busy["freeswitch"].as_str()),
        (Some(486), Some("USER_BUSY"))
    );
    assert!(
        !busy["title"].as_str().unwrap().is_empty()
            && !busy["class_label"].as_str().unwrap().is_empty()
    );

    let log = b"12:00 SIP/2.0 486 Busy Here\n12:01 SIP/2.0 486 Busy Here\n12:02 SIP/2.0 200 OK\n";
    let (st, v) = call(
        &s,
        "POST",
        "/api/scan",
        &[("Content-Type", "text/plain; charset=utf-8")],
        Some(log),
    );
    assert_eq!(st, 200);
    assert_eq!(
        (
            v["failures"][0]["code"].as_u64(),
            v["failures"][0]["count"].as_u64()
        ),
        (Some(486), Some(2))
    );
    assert_eq!(v["classes"]["2xx"], 1);
    // Each failure says who acts, as its answer's triage does.
    assert_eq!(v["failures"][0]["side"]["value"], "callee", "{v}");
}

#[test]
fn serve_lang_answers_requests_that_name_no_language() {
    let env = TestEnv::new();
    let s = start(&env, &["--lang", "ru"]);
    let path = "/api/explain?q=486";
    let (_, none) = get(&s, path);
    assert_eq!(none["locale"], "ru", "no ?lang= and no Accept-Language");
    let (_, header) = call(&s, "GET", path, &[("Accept-Language", "zh-CN")], None);
    assert_eq!(header["locale"], "zh", "the client's header still wins");
    let (_, asked) = get(&s, &format!("{path}&lang=en"));
    assert_eq!(asked["locale"], "en", "and ?lang= too");
    let (st, v) = get(&s, "/nope");
    assert_eq!(st, 404);
    let message = v["error"].as_str().unwrap_or_default();
    assert!(message.chars().any(|c| ('а'..='я').contains(&c)), "{v}");
}

#[test]
fn locale_comes_from_lang_then_accept_language() {
    let env = TestEnv::new();
    let s = start(&env, &[]);
    let path = "/api/explain?q=486";
    let title = |v: &Value| v["canonical"]["title"].as_str().unwrap().to_string();
    let (_, en) = get(&s, path);
    let (_, ru) = call(
        &s,
        "GET",
        path,
        &[("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")],
        None,
    );
    let (_, zh) = call(
        &s,
        "GET",
        path,
        &[("Accept-Language", "en;q=0.3, zh-CN;q=0.9, ru;q=0.5")],
        None,
    );
    let (_, forced) = call(
        &s,
        "GET",
        &format!("{path}&lang=zh"),
        &[("Accept-Language", "ru")],
        None,
    );
    let (_, other) = call(
        &s,
        "GET",
        path,
        &[("Accept-Language", "de-DE, fr;q=0.8")],
        None,
    );
    assert_eq!(
        (
            en["locale"].as_str(),
            ru["locale"].as_str(),
            zh["locale"].as_str()
        ),
        (Some("en"), Some("ru"), Some("zh"))
    );
    assert_eq!(forced["locale"], "zh", "?lang= wins over the header");
    assert_eq!(other["locale"], "en");
    assert!(
        title(&ru).chars().any(|c| ('а'..='я').contains(&c)),
        "{}",
        title(&ru)
    );
    assert!(
        title(&zh)
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{}",
        title(&zh)
    );
    // Errors too.
    let (st, v) = call(&s, "GET", "/nope", &[("Accept-Language", "ru")], None);
    assert_eq!(st, 404);
    assert!(
        v["error"].as_str().unwrap().contains("Нет такой страницы"),
        "{v}"
    );
}

#[test]
fn every_error_status_is_honest_json() {
    let env = TestEnv::new();
    let s = start(&env, &[]);
    let cases: Vec<(u16, (u16, Value))> = vec![
        (400, get(&s, "/api/explain")),
        (400, get(&s, "/api/explain?q=SIP%2F2.0+700+X")),
        (400, get(&s, "/api/explain?q=%ZZ")),
        (400, get(&s, "/api/explain?q=%FF%FE")),
        (400, get(&s, "/api/search?q=%3F%21")),
        (400, get(&s, "/api/search?q=busy&limit=0")),
        (400, get(&s, "/api/codes?class=9")),
        (404, get(&s, "/api/explain?q=486&vendor=nobody")),
        (404, get(&s, "/no/such/route")),
        (405, call(&s, "POST", "/api/explain?q=486", &[], Some(b""))),
        (405, get(&s, "/api/scan")),
        (
            413,
            call(
                &s,
                "POST",
                "/api/scan",
                &[("Content-Type", "text/plain")],
                Some(&vec![b'a'; (1 << 20) + 1]),
            ),
        ),
        (
            414,
            get(&s, &format!("/api/explain?q={}", "a".repeat(9000))),
        ),
        (
            415,
            call(
                &s,
                "POST",
                "/api/scan",
                &[("Content-Type", "application/json")],
                Some(b"{}"),
            ),
        ),
        (
            400,
            call(
                &s,
                "POST",
                "/api/scan",
                &[("Content-Type", "text/plain")],
                Some(b"\xff\xfe SIP/2.0 486"),
            ),
        ),
    ];
    for (i, (want, (got, v))) in cases.iter().enumerate() {
        assert_eq!(got, want, "case {i}: {v}");
        assert!(
            v["error"].as_str().is_some_and(|e| !e.is_empty()) || v["match"].is_string(),
            "case {i}: {v}"
        );
    }
    // Bytes no client library would send: raw non-UTF-8 in the request line (refused by the
    // HTTP parser itself, its answer made JSON: issue #20) and a bare `%` (ours, JSON).
    let out = raw(
        &s,
        b"GET /api/explain?q=\xff\xfe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(
        out.starts_with("HTTP/1.1 400") && out.contains("\"status\":400"),
        "{out}"
    );
    let out = raw(
        &s,
        b"GET /api/explain?q=50% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(
        out.starts_with("HTTP/1.1 400") && out.contains("\"status\":400"),
        "{out}"
    );
    // Still serving after all that.
    assert_eq!(get(&s, "/healthz").0, 200);
}

#[test]
fn no_cors_unless_asked_and_imports_are_seen_while_serving() {
    let env = TestEnv::new();
    let s = start(&env, &[]);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let r = agent
        .get(&format!("{}/healthz", s.base))
        .header("Origin", "https://desk.example")
        .call()
        .unwrap();
    assert!(r.headers().get("access-control-allow-origin").is_none());
    // An import into the database the server reads is answered from at once.
    let list = env.write(
        "acme.csv",
        "vendor,code,phrase,category,ui_en\nacme,480,Kein Guthaben,billing,Top up\n",
    );
    let (st, _) = get(&s, "/api/explain?q=480+Kein+Guthaben");
    assert_eq!(st, 200, "known code, unknown phrase");
    env.import_ok(&[list.to_str().unwrap()]);
    // Answers are cached until the data version moves, which the server reads every 200 ms.
    let mut v = Value::Null;
    for _ in 0..30 {
        v = get(&s, "/api/explain?q=480+Kein+Guthaben").1;
        if v["variants"][0]["vendor"] == "acme" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(v["variants"][0]["vendor"], "acme", "{v}");
    drop(s);

    let s = start(&env, &["--cors", "https://desk.example"]);
    let r = agent
        .get(&format!("{}/healthz", s.base))
        .header("Origin", "https://desk.example")
        .call()
        .unwrap();
    assert_eq!(
        r.headers().get("access-control-allow-origin").unwrap(),
        "https://desk.example"
    );
}
