//! What reading a capture yields: SIP messages with where and when they were seen, and the
//! counts of what was read besides. Shared by the capture reader and TCP reassembly.

/// One SIP message taken from a capture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CapturedMessage {
    /// The message bytes (start line, headers, body if any).
    pub bytes: Vec<u8>,
    /// Capture time of the packet that carried the start line, as (seconds since the Unix
    /// epoch, nanoseconds). (0, 0) for a pcapng simple packet block, which has no timestamp.
    pub time: (i64, u32),
    /// Source and destination as "ip:port" ("[v6]:port" for IPv6).
    pub src: String,
    /// See `src`.
    pub dst: String,
    /// 1-based number of the packet in the file: for a message reassembled from several TCP
    /// segments, the segment that carried its start line.
    pub packet: u64,
}

/// What reading a capture found besides the messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CaptureStats {
    /// Packet records read (pcap records, pcapng enhanced and simple packet blocks).
    pub packets: u64,
    /// Messages passed to the callback (truncated ones included).
    pub sip_messages: u64,
    /// Packets that were not IPv4/IPv6 UDP/TCP on a supported link type (ARP, IP fragments,
    /// unknown link types) or could not be decoded, plus one for an unreadable tail (a last
    /// record cut short, a corrupt block: reading stops there).
    pub skipped: u64,
    /// Messages cut off: TCP messages missing segments or ending with the capture before their
    /// `Content-Length` bytes (emitted if their headers were complete), and UDP datagrams cut
    /// by the snapshot length (emitted as captured).
    pub truncated: u64,
    /// The byte offset of the block where reading stopped because it could not be read (a
    /// corrupt block, a last record cut short): what follows it is not read.
    pub broken_at: Option<u64>,
}
