/**
 * One record per wire structure, each with {@code decode(ByteBuffer)}, {@code encode(ByteBuffer)}
 * and an exact {@code encodedLength()}, layered as the datagram is:
 *
 * <pre>
 *  RmcpHeader ─┬─ ASF:  AsfMessage → PresencePing | PresencePong          (DSP0136 ASF 2.0 3.2.2, 3.2.4)
 *              ├─ RmcpAck                                                  (DSP0136 ASF 2.0 3.2.2)
 *              └─ IPMI: SessionHeaderV15 → IpmiLanRequest | IpmiLanResponse (IPMI v2.0 13.6, 13.8)
 *                       SessionHeaderV20 → payload [→ SessionTrailerV20]    (IPMI v2.0 13.6, 13.28.4)
 *                         payload: IpmiLanRequest | IpmiLanResponse, OpenSessionRequest |
 *                                  OpenSessionResponse, Rakp1 - Rakp4       (IPMI v2.0 13.17-13.23)
 * </pre>
 *
 * Decoders check lengths before every read and throw only
 * {@link dev.ipmi.core.MalformedPacketException} for bad input. Enumerated wire values are open
 * value types ({@link dev.ipmi.core.wire.RmcpClass}, {@link dev.ipmi.core.wire.PayloadType},
 * {@link dev.ipmi.core.wire.RmcpPlusStatus}, {@link dev.ipmi.core.wire.AsfMessageType}) so that
 * unknown values decode. For the per-packet path, {@link dev.ipmi.core.wire.IpmiLanRequest}
 * has static encoders that write straight into the datagram buffer and
 * {@link dev.ipmi.core.wire.IpmiLanResponseView} reads a response in place.
 */
package dev.ipmi.core.wire;
