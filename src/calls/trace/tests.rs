//! Tests of the trace framer: where start lines begin, and framing real and hostile input
//! fed in any pieces.

mod start_lines {
    use super::super::*;

    #[test]
    fn start_columns() {
        assert_eq!(start_column("SIP/2.0 200 OK"), Some(0));
        assert_eq!(start_column("[Aug  5 11:43:53] SIP/2.0 200 OK"), Some(18));
        assert_eq!(
            start_column("   ACK sip:203.0.113.114:10194;transport=tls SIP/2.0"),
            Some(3)
        );
        assert_eq!(start_column("Via: SIP/2.0/UDP 1.2.3.4"), None);
        assert_eq!(start_column("x INVITE sip:1@x SIP/2.0"), Some(2));
        assert_eq!(start_column("приём: вызов"), None);
        assert_eq!(start_column("这是"), None);
    }
}

mod framing {
    use super::super::*;
    use crate::calls::tracker::Tracker;

    /// Garbage with start lines, header shapes and multi-byte text mixed in, fed in odd block
    /// sizes: whatever comes out, nothing panics.
    #[test]
    fn garbage_never_panics() {
        let pieces: [&[u8]; 10] = [
            b"OPTIONS sip:a@b SIP/2.0\nCall-ID: y\nCSeq: 2 OPTIONS\n\n",
            b"SIP/2.0 486 Busy\r\n",
            b"INVITE sip:a@b SIP/2.0\n",
            b"Call-ID: x\n",
            b"CSeq: 1 INVITE\n",
            b"Content-Length: 99999\n\n",
            "при\u{451}м 这是 SIP/2.0\n".as_bytes(),
            b"\xff\xfe\x00 \t\r\n",
            b"v=0\nm=audio x y\na=rtpmap:\n",
            b"recv 1 bytes from udp/[::1]:5060 at 99:99:99.9:\n",
        ];
        let mut state = 7u64;
        let mut input = Vec::new();
        while input.len() < 200_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let r = (state >> 33) as usize;
            if r.is_multiple_of(3) {
                input.push((r >> 8) as u8);
            } else {
                input.extend_from_slice(pieces[r % pieces.len()]);
            }
        }
        let mut t = Tracker::default();
        let mut f = Framer::new(Arc::from("g"));
        for chunk in input.chunks(997) {
            f.feed(chunk, &mut t);
        }
        f.finish(&mut t);
        t.finish_input();
        assert!(t.ledger.totals.messages > 0);
    }

    /// What framing `input` fed in pieces of `size` bytes gives: every kept message's line,
    /// time, addresses and label, per dialog, and the totals.
    fn framed(input: &[u8], size: usize) -> Vec<String> {
        let mut t = Tracker::default();
        let mut f = Framer::new(Arc::from("t"));
        for piece in input.chunks(size) {
            f.feed(piece, &mut t);
        }
        f.finish(&mut t);
        t.finish_input();
        let l = &t.ledger;
        let mut out = vec![format!("{:?}", l.totals)];
        for (d, _) in l
            .problem_calls
            .iter()
            .chain(&l.ok_calls)
            .chain(&l.problem_registrations)
            .chain(&l.ok_registrations)
        {
            for m in d.messages() {
                out.push(format!(
                    "{} {} {:?} {:?} {:?} {}",
                    d.call_id,
                    m.seen.at,
                    m.seen.time.map(|t| t.format()),
                    m.seen.src,
                    m.seen.dst,
                    m.label()
                ));
            }
        }
        out
    }

    /// Lines without a start line are skipped in one search, not read one by one: whatever the
    /// pieces a trace arrives in (a line, or a trace's header line, cut anywhere), the same
    /// messages come out, with the same line numbers, times and addresses.
    #[test]
    fn skipping_lines_loses_nothing_at_any_cut() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/logs");
        let mut files: Vec<_> = std::fs::read_dir(format!("{dir}/real"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "log"))
            .collect();
        files.push(format!("{dir}/sngrep_export.txt").into());
        files.push(format!("{dir}/udp_trace.txt").into());
        files.sort();
        let mut with_messages = 0;
        for file in files {
            let input = std::fs::read(&file).unwrap();
            let whole = framed(&input, input.len().max(1));
            with_messages += usize::from(whole.len() > 1);
            for size in [1, 2, 7, 64, 1000] {
                assert_eq!(
                    framed(&input, size),
                    whole,
                    "{} in pieces of {size}",
                    file.display()
                );
            }
        }
        assert!(
            with_messages >= 12,
            "{with_messages} files with whole messages"
        );
    }

    #[test]
    fn a_real_double_spaced_paste_keeps_its_sdp() {
        let text =
            include_str!("../../../tests/fixtures/logs/real/drachtio-agent-wire-200-ok-tls.log");
        let mut t = Tracker::default();
        let mut f = Framer::new(Arc::from("t"));
        f.feed(text.as_bytes(), &mut t);
        f.finish(&mut t);
        t.finish_input();
        let (d, _) = &t.ledger.problem_calls[0];
        let m = d.messages().next().unwrap();
        assert!(m.sdp.is_some(), "{:?}", m);
    }
}
