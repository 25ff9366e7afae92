//! The Q.850 tables: causes, the names switches give them, and RFC 3398's SIP → cause rows.

use super::Store;
use super::apply::Apply;
use crate::error::Result;
use crate::q850::{Cause, Q850Data};
use rusqlite::{OptionalExtension, Row, params};

const CAUSE_COLUMNS: &str = "SELECT value, name, class, to_sip, freeswitch,
            (SELECT json_group_array(alias) FROM
               (SELECT alias FROM q850_alias a
                 WHERE a.value = c.value AND a.platform = 'asterisk' ORDER BY ord))
       FROM q850_cause c";

fn cause_row(r: &Row<'_>) -> rusqlite::Result<Cause> {
    let asterisk: String = r.get(5)?;
    Ok(Cause {
        value: r.get(0)?,
        name: r.get(1)?,
        class: r.get(2)?,
        to_sip: r.get(3)?,
        freeswitch: r.get(4)?,
        asterisk: serde_json::from_str(&asterisk).unwrap_or_default(),
    })
}

impl Apply<'_> {
    /// Replaces the Q.850 tables with `data` (part of the built-in refresh).
    pub fn replace_q850(&self, data: &Q850Data) -> Result<()> {
        let tx = self.tx();
        tx.execute("DELETE FROM sip_q850", [])?;
        tx.execute("DELETE FROM q850_alias", [])?;
        tx.execute("DELETE FROM q850_cause", [])?;
        let mut cause = tx.prepare_cached(
            "INSERT INTO q850_cause(value, name, class, to_sip, freeswitch)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut alias = tx.prepare_cached(
            "INSERT INTO q850_alias(alias, value, platform, ord) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for c in &data.causes {
            cause.execute(params![c.value, c.name, c.class, c.to_sip, c.freeswitch])?;
            let names = c.freeswitch.iter().map(|n| (n, "freeswitch"));
            let names = names.chain(c.asterisk.iter().map(|n| (n, "asterisk")));
            for (i, (name, platform)) in (0i64..).zip(names) {
                alias.execute(params![name.to_ascii_uppercase(), c.value, platform, i])?;
            }
        }
        let mut sip =
            tx.prepare_cached("INSERT INTO sip_q850(sip, cause, note) VALUES (?1, ?2, ?3)")?;
        for r in &data.sip_to_cause {
            sip.execute(params![r.sip.get(), r.cause, r.note])?;
        }
        Ok(())
    }
}

impl Store {
    /// The cause with this value.
    pub fn q850_cause(&self, value: u8) -> Result<Option<Cause>> {
        if self.q850_memo.borrow().is_none() {
            let all = self.q850_causes()?;
            *self.q850_memo.borrow_mut() = Some(all);
        }
        let memo = self.q850_memo.borrow();
        let all = memo.as_deref().unwrap_or_default();
        Ok(all
            .binary_search_by_key(&value, |c| c.value)
            .ok()
            .map(|i| all[i].clone()))
    }

    /// Every cause, by value.
    pub fn q850_causes(&self) -> Result<Vec<Cause>> {
        let sql = format!("{CAUSE_COLUMNS} ORDER BY value");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], cause_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The cause a switch's name stands for (`USER_BUSY`, `AST_CAUSE_CONGESTION`; any case),
    /// with the name as stored.
    pub fn q850_by_name(&self, name: &str) -> Result<Option<(u8, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT value, alias FROM q850_alias WHERE alias = ?1")?;
        let found = stmt.query_row([name.trim().to_ascii_uppercase()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        });
        Ok(found.optional()?)
    }

    /// RFC 3398 §8.2.6.1 for `sip`: `None` when the table has no row for it, `Some((None, _))`
    /// when its row gives no cause.
    pub fn sip_to_q850(&self, sip: u16) -> Result<Option<(Option<u8>, Option<String>)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT cause, note FROM sip_q850 WHERE sip = ?1")?;
        Ok(stmt
            .query_row([sip], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// The SIP responses RFC 3398 §8.2.6.1 maps to cause `value`, in order.
    pub fn sips_for_q850(&self, value: u8) -> Result<Vec<u16>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT sip FROM sip_q850 WHERE cause = ?1 ORDER BY sip")?;
        let rows = stmt.query_map([value], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
