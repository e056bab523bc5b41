package org.a4ptracker.web;

import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Text;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Text} in a JSON answer is the text in the caller's language (Accept-Language or the
 * language cookie; English by default), like the pages show it. Where a script needs to tell
 * problems apart, the answer gives the message key beside it as {@code code}.
 */
@JacksonComponent
class TextJsonSerializer extends StdSerializer<Text> {

    private final Messages messages;

    TextJsonSerializer(Messages messages) {
        super(Text.class);
        this.messages = messages;
    }

    @Override
    public void serialize(Text value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(messages.text(value));
    }
}
