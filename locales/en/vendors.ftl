# Names of the built-in vendor lists, by slug. A vendor without a message here shows the name
# its list gives.

vendor-ru-softswitch = Russian carrier softswitches (support-desk list)
vendor-gigaset = Siemens / Gigaset IP phones (handset status codes)
