package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.xml.XmlWriter;

/** The emulator has a single account; listings name it wherever COS names an owner or initiator. */
final class Owners {
    static final String ID = "qcs::cam::uin/100000000001:uin/100000000001";
    static final String DISPLAY_NAME = "100000000001";

    private Owners() {
    }

    static void write(XmlWriter xml, String element) {
        xml.start(element).element("ID", ID).element("DisplayName", DISPLAY_NAME).end();
    }
}
