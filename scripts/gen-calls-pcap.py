#!/usr/bin/env python3
"""Writes a deterministic pcap of SIP calls over UDP/IPv4/Ethernet, for scripts/bench-calls.sh.

Usage: gen-calls-pcap.py MESSAGES OUT.pcap

A call starts every 5 ms from a PBX (198.51.100.2) to one of four carrier addresses
(203.0.113.10-13). Of every 20 calls, 16 are answered and hung up by the caller 10 s later
(INVITE, 100, 180, 200, ACK, BYE, 200), 2 get 486 Busy Here after ringing, 1 gets 503 with a
Q.850 Reason, and 1 is cancelled by the caller; non-2xx finals are ACKed. About 2,000 calls are
open at any time. Nothing here is random: the same arguments give the same bytes.
"""
import struct
import sys

T0 = 1_772_359_200  # 2026-03-01T10:00:00Z
PBX = (198, 51, 100, 2)


def packet(src, dst, payload):
    """Ethernet + IPv4 + UDP headers around payload (checksums left at zero: readers do not
    verify them, and UDP allows none over IPv4)."""
    udp = struct.pack("!HHHH", 5060, 5060, 8 + len(payload), 0) + payload
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0, bytes(src), bytes(dst)) + udp
    return b"\x04\x04\x04\x04\x04\x04\x02\x02\x02\x02\x02\x02\x08\x00" + ip


def request(method, i, cseq, branch, to_tag, carrier):
    tag = f";tag={to_tag}" if to_tag else ""
    return (
        f"{method} sip:+4144{i:07d}@{carrier} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 198.51.100.2:5060;branch=z9hG4bK{branch}\r\n"
        f"Max-Forwards: 70\r\nFrom: <sip:1{i % 1000:03d}@pbx.example>;tag=f{i}\r\n"
        f"To: <sip:+4144{i:07d}@carrier.example>{tag}\r\nCall-ID: {i}@pbx.example\r\n"
        f"CSeq: {cseq} {method}\r\nContent-Length: 0\r\n\r\n"
    ).encode()


def response(status, i, cseq, branch, to_tag, extra=""):
    tag = f";tag={to_tag}" if to_tag else ""
    return (
        f"SIP/2.0 {status}\r\nVia: SIP/2.0/UDP 198.51.100.2:5060;branch=z9hG4bK{branch}\r\n"
        f"From: <sip:1{i % 1000:03d}@pbx.example>;tag=f{i}\r\n"
        f"To: <sip:+4144{i:07d}@carrier.example>{tag}\r\nCall-ID: {i}@pbx.example\r\n"
        f"CSeq: {cseq}\r\nServer: CarrierSBC 2.1\r\n{extra}Content-Length: 0\r\n\r\n"
    ).encode()


def call(i):
    """(seconds after T0, from carrier?, payload) of call i."""
    t = i * 0.005
    carrier = f"203.0.113.{10 + i % 4}"
    b = f"c{i}"
    kind = i % 20
    out = [(t, False, request("INVITE", i, 1, b, None, carrier)),
           (t + 0.05, True, response("100 Trying", i, "1 INVITE", b, None)),
           (t + 0.4, True, response("180 Ringing", i, "1 INVITE", b, "t"))]
    if kind < 16:
        out += [(t + 3.0, True, response("200 OK", i, "1 INVITE", b, "t")),
                (t + 3.05, False, request("ACK", i, 1, b + "a", "t", carrier)),
                (t + 13.0, False, request("BYE", i, 2, b + "b", "t", carrier)),
                (t + 13.05, True, response("200 OK", i, "2 BYE", b + "b", "t"))]
    elif kind < 18:
        out += [(t + 2.0, True, response("486 Busy Here", i, "1 INVITE", b, "t")),
                (t + 2.05, False, request("ACK", i, 1, b, "t", carrier))]
    elif kind == 18:
        reason = 'Reason: Q.850;cause=41;text="Normal, temporary failure"\r\n'
        out += [(t + 2.5, True, response("503 Service Unavailable", i, "1 INVITE", b, "t", reason)),
                (t + 2.55, False, request("ACK", i, 1, b, "t", carrier))]
    else:
        out += [(t + 6.0, False, request("CANCEL", i, 1, b, None, carrier)),
                (t + 6.05, True, response("200 OK", i, "1 CANCEL", b, "t")),
                (t + 6.06, True, response("487 Request Terminated", i, "1 INVITE", b, "t")),
                (t + 6.1, False, request("ACK", i, 1, b, "t", carrier))]
    return carrier, out


def main():
    want, path = int(sys.argv[1]), sys.argv[2]
    pending = []  # (time, seq, bytes) not yet written, kept sorted by a sweep
    written = 0
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        i = 0
        seq = 0

        def flush(until):
            nonlocal written, pending
            pending.sort()
            keep = []
            for t, s, data in pending:
                if t <= until and written < want:
                    us = round(t * 1_000_000)
                    f.write(struct.pack("<IIII", T0 + us // 1_000_000, us % 1_000_000, len(data), len(data)))
                    f.write(data)
                    written += 1
                elif t > until:
                    keep.append((t, s, data))
            pending = keep

        while written < want:
            carrier, msgs = call(i)
            dst = tuple(int(x) for x in carrier.split("."))
            for t, back, payload in msgs:
                seq += 1
                src, to = (dst, PBX) if back else (PBX, dst)
                pending.append((t, seq, packet(src, to, payload)))
            i += 1
            if i % 2000 == 0:
                # Calls last at most 13.05 s: everything before the newest start minus that is final.
                flush(i * 0.005 - 14.0)
        flush(float("inf"))
    print(f"{path}: {written} SIP messages, {i} calls begun", file=sys.stderr)


if __name__ == "__main__":
    main()
