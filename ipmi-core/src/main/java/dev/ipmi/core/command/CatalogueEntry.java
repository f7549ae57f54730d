package dev.ipmi.core.command;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/**
 * One command of the {@link Commands catalogue}: its spec, the group extension id it is
 * addressed by (DCMI commands share NetFn 2Ch and differ by the first data byte, DCh) and
 * its request decoder.
 *
 * @param spec     NetFn, command byte, privilege and side-effect flag
 * @param groupId  the group extension id (first request and response data byte) or
 *                 {@link #NO_GROUP}
 * @param decoder  parses the request data
 */
public record CatalogueEntry(CommandSpec spec, int groupId, RequestDecoder decoder) {
    /** {@link #groupId()} of commands that are not group extensions. */
    public static final int NO_GROUP = -1;

    public CatalogueEntry {
        if (groupId < NO_GROUP || groupId > 0xFF) {
            throw new IllegalArgumentException("group id is one byte: " + groupId);
        }
    }

    /** A command addressed by NetFn and command byte alone. */
    public static CatalogueEntry of(CommandSpec spec, RequestDecoder decoder) {
        return new CatalogueEntry(spec, NO_GROUP, decoder);
    }

    /** A group extension command (NetFn 2Ch) with its defining body's group id. */
    public static CatalogueEntry group(CommandSpec spec, int groupId, RequestDecoder decoder) {
        return new CatalogueEntry(spec, groupId, decoder);
    }

    /** Parses a request's data bytes into its typed record. */
    public IpmiRequest<? extends CommandResponse> decodeRequest(ByteBuffer data) throws MalformedPacketException {
        return decoder.decode(data);
    }

    /**
     * Decodes the response to a request given as raw data bytes: the response layout of some
     * commands depends on the request (Get Session Info, parameter selectors...).
     */
    public CommandResponse decodeResponse(ByteBuffer requestData, ByteBuffer responseData)
            throws MalformedPacketException {
        return decoder.decode(requestData).decodeResponse(responseData);
    }
}
