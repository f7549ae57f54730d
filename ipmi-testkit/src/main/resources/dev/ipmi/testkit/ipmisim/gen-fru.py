#!/usr/bin/env python3
"""Generate the FRU inventory images used in testbed.emu.

Prints `mc_add_fru_data` emulator commands (IPMI Platform Management FRU
Information Storage Definition v1.0 layout). The output is pasted into
testbed.emu; re-run this only if you want to change the FRU contents:

    python3 gen-fru.py
"""
import datetime


def tl(s):
    """8-bit ASCII+Latin1 type/length byte followed by the string."""
    b = s.encode("latin-1")
    assert len(b) < 64
    return bytes([0xC0 | len(b)]) + b


def area(body):
    """Terminate (0xC1), pad to a multiple of 8 and checksum one info area.

    body must start with [format version, length placeholder, ...]."""
    data = bytearray(body) + b"\xc1"
    while (len(data) + 1) % 8:
        data.append(0)
    data.append(0)
    data[1] = len(data) // 8
    data[-1] = (-sum(data[:-1])) & 0xFF
    return bytes(data)


def image(chassis=None, board=None, product=None):
    areas = [a for a in (chassis, board, product)]
    off = 1  # in 8-byte units, right after the 8-byte common header
    offsets = []
    for a in areas:
        if a is None:
            offsets.append(0)
        else:
            offsets.append(off)
            off += len(a) // 8
    hdr = bytearray([0x01, 0x00, offsets[0], offsets[1], offsets[2], 0x00, 0x00])
    hdr.append((-sum(hdr)) & 0xFF)
    return bytes(hdr) + b"".join(a for a in areas if a is not None)


# Board manufacturing date: minutes since 1996-01-01 00:00 (UTC)
MFG = int((datetime.datetime(2024, 1, 15, 12, 0) - datetime.datetime(1996, 1, 1))
          .total_seconds() // 60)

fru0 = image(
    chassis=area(bytes([0x01, 0, 0x17])  # 0x17 = Rack Mount Chassis
                 + tl("CHS-TB1000") + tl("CSN-0001")),
    board=area(bytes([0x01, 0, 0x19]) + MFG.to_bytes(3, "little")
               + tl("Testbed Systems") + tl("TB-1000 Mainboard")
               + tl("BSN-0001") + tl("TB-MB-01") + tl("fru1")),
    product=area(bytes([0x01, 0, 0x19])
                 + tl("Testbed Systems") + tl("TB-1000 Server") + tl("TB1000-01")
                 + tl("1.0") + tl("PSN-0001") + tl("ASSET-42") + tl("fru1")),
)

fru1 = image(
    product=area(bytes([0x01, 0, 0x19])
                 + tl("Testbed Systems") + tl("TB-PSU-800") + tl("PSU800-01")
                 + tl("A2") + tl("PSU-SN-0001") + tl("") + tl("")),
)


def emu(devid, img, size=256):
    """One emulator command, continued over lines of 16 bytes (' \\')."""
    rows = [" ".join("0x%02x" % b for b in img[i:i + 16])
            for i in range(0, len(img), 16)]
    return ("mc_add_fru_data 0x20 %d %d data \\\n\t" % (devid, size)
            + " \\\n\t".join(rows))


print(emu(0, fru0))
print(emu(1, fru1))
