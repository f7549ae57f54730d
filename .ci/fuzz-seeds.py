#!/usr/bin/env python3
"""Regenerates the seed corpora of the fuzz targets (FUZZING.md) from the captured vectors
(ipmi-core/src/test/resources/vectors/*.json) and the catalogue samples
(ipmi-core/src/test/resources/commands/samples.txt). Seeds are named by content hash, so a
rerun only adds what is new. Usage: .ci/fuzz-seeds.py (from anywhere)."""
import glob, hashlib, json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = os.path.join(ROOT, "ipmi-core")
VECTORS = os.path.join(CORE, "src/test/resources/vectors")
OUT = os.path.join(CORE, "src/test/resources/dev/ipmi/core/fuzz")


# AllTargetsFuzzTest's dispatch order: its seeds are each target's, prefixed by the selector.
DISPATCH = ["rmcpAsf", "sessionHeaders", "lanMessages", "sessionSetup", "rmcpPlusPipeline", "ipmi15Pipeline",
            "catalogue"]


def write(test, target, data):
    d = os.path.join(OUT, test + "Inputs", target)
    os.makedirs(d, exist_ok=True)
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def put(test, target, data):
    write(test, target, data)
    write("AllTargetsFuzzTest", "anyTarget", bytes([DISPATCH.index(target)]) + data)


def vectors():
    for path in sorted(glob.glob(os.path.join(VECTORS, "*.json"))):
        with open(path) as f:
            for p in json.load(f)["packets"]:
                yield p


def wire_and_session_seeds():
    for p in vectors():
        udp = bytes.fromhex(p["udp_payload"])
        put("WireFuzzTest", "rmcpAsf", udp)
        if len(udp) < 5:
            continue
        if udp[3] & 0x1F == 0x06:
            continue  # ASF: only the RMCP/ASF target
        put("WireFuzzTest", "sessionHeaders", udp[4:])
        if udp[4] & 0x0F == 0x06:
            put("SessionFuzzTest", "rmcpPlusPipeline", udp)
            payload_type = udp[5] & 0x3F
            if payload_type >= 0x10 and len(udp) >= 16:
                put("WireFuzzTest", "sessionSetup", udp[16:])
            if p.get("plaintext_payload"):
                put("WireFuzzTest", "lanMessages", bytes.fromhex(p["plaintext_payload"]))
            elif payload_type == 0 and udp[5] & 0xC0 == 0 and len(udp) > 16:
                put("WireFuzzTest", "lanMessages", udp[16:])
        else:
            put("SessionFuzzTest", "ipmi15Pipeline", udp)
            auth_len = 0 if udp[4] & 0x0F == 0 else 16
            put("WireFuzzTest", "lanMessages", udp[14 + auth_len:])
    # Presence ping and pong (DSP0136 3.2.4): no vector captured one.
    put("WireFuzzTest", "rmcpAsf", bytes.fromhex("06 00 ff 06 00 00 11 be 80 00 00 00".replace(" ", "")))
    put("WireFuzzTest", "rmcpAsf", bytes.fromhex(
        "060000060000 11be 40 00 00 10 000011be 00000000 81 00 000000000000".replace(" ", "")))


def catalogue_seeds():
    src = os.path.join(CORE, "src/main/java/dev/ipmi/core/command")
    names = {}
    for path in glob.glob(os.path.join(src, "**/*.java"), recursive=True):
        text = open(path).read()
        m = re.search(r'SPEC\s*=\s*CommandSpec\.\w+\(\s*"([^"]+)"', text)
        if m:
            names[os.path.basename(path)[:-5]] = m.group(1)
    order = re.findall(r'CatalogueEntry\.(?:of|group)\((\w+)\.SPEC', open(os.path.join(src, "Commands.java")).read())
    index = {names[c]: i for i, c in enumerate(order)}
    with open(os.path.join(CORE, "src/test/resources/commands/samples.txt")) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("|")]
            req = b"" if cols[1] == "-" else bytes.fromhex(cols[1].replace(" ", ""))
            rsp = b"" if cols[2] == "-" else bytes.fromhex(cols[2].replace(" ", ""))
            put("CommandFuzzTest", "catalogue", bytes([index[cols[0]], len(req)]) + req + rsp)


def sdr_seeds():
    out = os.path.join(ROOT, "ipmi-sdr/src/test/resources/dev/ipmi/sdr/fuzz")
    tests = os.path.join(ROOT, "ipmi-sdr/src/test")
    order = ["sdrRecords", "selRecords", "fruInventory"]

    def sdr_put(target, data):
        for test, d in (("SdrFuzzTest", data), ("AllTargetsFuzzTest", bytes([order.index(target)]) + data)):
            name = target if test == "SdrFuzzTest" else "anyTarget"
            path = os.path.join(out, test + "Inputs", name)
            os.makedirs(path, exist_ok=True)
            with open(os.path.join(path, "seed-" + hashlib.sha1(d).hexdigest()[:16]), "wb") as f:
                f.write(d)

    def hex_strings(path):
        text = open(path).read().replace('"\n            + "', "").replace('"\n                    + "', "")
        return [bytes.fromhex(h.replace(" ", "")) for h in re.findall(r'"([0-9a-f ]{32,})"', text)]

    sdrs = hex_strings(os.path.join(tests, "java/dev/ipmi/sdr/TestbedSdrs.java"))
    sel_test = hex_strings(os.path.join(tests, "java/dev/ipmi/sdr/sel/SelRecordTest.java"))
    sels = [b for b in sel_test if len(b) == 16]
    readings = [bytes.fromhex(h) for h in ("2dc00000", "00200000", "6fc00100", "00c08000")]
    for i, sdr in enumerate(sdrs):
        sdr_put("sdrRecords", readings[i % len(readings)] + sdr)
    for i, sel in enumerate(sels):
        sdr_put("selRecords", sel)
        sdr_put("selRecords", sel + sdrs[(3, 10, 11)[i % 3]])
    for fru in glob.glob(os.path.join(tests, "resources/dev/ipmi/sdr/fru/*.hex")):
        sdr_put("fruInventory", bytes.fromhex("".join(open(fru).read().split())))


def sol_seeds():
    out = os.path.join(ROOT, "ipmi-sol/src/test/resources/dev/ipmi/sol/fuzz/SolFuzzTestInputs/solPacket")
    os.makedirs(out, exist_ok=True)
    # data with an ACK, ACK only, NACK, BMC status bits (IPMI v2.0 table 15-2)
    for h in ("0100000068656c6c6f0d0a", "00030500", "00034040", "020000205b", "0f0f0f1c"):
        d = bytes.fromhex(h)
        with open(os.path.join(out, "seed-" + hashlib.sha1(d).hexdigest()[:16]), "wb") as f:
            f.write(d)


wire_and_session_seeds()
catalogue_seeds()
sol_seeds()
sdr_seeds()
