package dev.ipmi.sdr;

/**
 * How the bytes of a type/length field are to be read (IPMI v2.0 rev 1.1 §43.15 for SDR ID
 * strings, Platform Management FRU Information Storage Definition v1.0 §13 for FRU fields).
 *
 * <p>The two specifications share bits 7:6 of the type/length byte except for code {@code 00b}:
 * an SDR ID string calls it Unicode, a FRU field binary. Code {@code 11b} is 8-bit ASCII +
 * Latin-1 in SDRs and in FRU areas whose language is English; other FRU languages use
 * 16-bit Unicode.
 */
public enum TextEncoding {
    /** 16-bit Unicode, least significant byte first. */
    UNICODE,
    /** Binary or unspecified: shown as hex. */
    BINARY,
    /** 4-bit BCD plus: digits, space, dash and period. */
    BCD_PLUS,
    /** 6-bit ASCII packed four characters in three bytes. */
    ASCII_6BIT,
    /** 8-bit ASCII + Latin-1. */
    LATIN_1
}
