# A contactless card for Loket's PC/SC tests, run with the vsmartcard emulator (vicc's library):
# it connects to the vpcd reader driver loaded in pcscd and answers the PC/SC "GET DATA UID" pseudo-APDU
# FF CA 00 00 00 with the UID given on the command line.
#
#   python3 uid_card.py <uid-hex> [ok|unreadable] [vpcd-port]
#
# In "unreadable" mode it answers 6A 81 (function not supported), like a card that has no UID to give.
import sys

from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC

# ATR of a contactless storage card as PC/SC part 3 readers report it.
ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")


class UidCardOS(SmartcardOS):
    def __init__(self, uid, mode):
        self.uid = uid
        self.mode = mode

    def getATR(self):
        return ATR

    def execute(self, msg):
        if msg[:4] == b"\xff\xca\x00\x00":
            if self.mode == "unreadable":
                return b"\x6a\x81"
            return self.uid + b"\x90\x00"
        return b"\x6d\x00"


def main():
    uid = bytes.fromhex(sys.argv[1])
    mode = sys.argv[2] if len(sys.argv) > 2 else "ok"
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 35963
    card = VirtualICC(None, "iso7816", "localhost", port)
    card.os = UidCardOS(uid, mode)
    card.run()


if __name__ == "__main__":
    main()
