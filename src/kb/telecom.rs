//! The Q.850 side of the facade: causes and their RFC 3398 mappings.

use super::Kb;
use crate::error::Result;
use crate::q850::Cause;

impl Kb {
    /// Every ITU-T Q.850 cause sipkb knows, by value, with the SIP response RFC 3398
    /// §7.2.4.1 maps it to and the names FreeSWITCH and Asterisk give it.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let busy = kb.q850_causes()?.into_iter().find(|c| c.value == 17).unwrap();
    /// assert_eq!((busy.to_sip, busy.freeswitch.as_deref()), (Some(486), Some("USER_BUSY")));
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn q850_causes(&self) -> Result<Vec<Cause>> {
        self.store.q850_causes()
    }

    /// The SIP responses RFC 3398 §8.2.6.1 maps to cause `value` (`17` → 486, 600).
    pub fn q850_from_sip(&self, value: u8) -> Result<Vec<u16>> {
        self.store.sips_for_q850(value)
    }
}
