/**
 * Serial-over-LAN console, IPMI v2.0 rev 1.1: the SOL payload (section 15.9, table 15-2:
 * {@link dev.ipmi.sol.SolPacket}, {@link dev.ipmi.sol.SolOperation}, {@link dev.ipmi.sol.SolStatus}),
 * payload activation and ownership (sections 24.1-24.5, with Get Session Info 22.20 and Get
 * User Name 22.29 to name an owner), and the console on top ({@link dev.ipmi.sol.SolConsole}).
 *
 * <p>The console never takes a payload someone else holds unless told to
 * ({@link dev.ipmi.sol.SolInUsePolicy}), notices when its payload is taken (the "SOL
 * deactivating" status bit, a Get Payload Instance Info probe, unanswered SOL packets while the
 * session answers) and then reports {@link dev.ipmi.sol.SolEvent.Stolen} and stops, without
 * Deactivate Payload and without re-activating.
 *
 * <pre>{@code
 * try (IpmiClient client = IpmiClient.newBuilder().build()) {
 *     IpmiSession session = client.openSessionBlocking(BmcAddress.of("10.0.0.5"), Credentials.of("admin", pw));
 *     SolInputStream in = new SolInputStream(new SolListener() {
 *         public void onEvent(SolConsole c, SolEvent e) { System.err.println(e); }
 *     });
 *     SolConsole console = SolConsole.open(session, SolOptions.defaults(), in).join();
 *     in.transferTo(System.out);        // ends when the console is closed, stolen or lost
 * }
 * }</pre>
 */
package dev.ipmi.sol;
