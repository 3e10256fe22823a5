package org.paraph.it.support;

/**
 * A portal that sends real mail and text messages, with what receives them: an SMTP server
 * (GreenMail, refusing the addresses that start with {@value RefusingGreenMail#REFUSED}) and an SMS
 * gateway that takes the bearer token {@value SharedMailingServer#SMS_TOKEN}. Tests sharing it read
 * only the mailboxes and numbers of their own participants.
 */
public record MailingPortal(ParaphServer server, RefusingGreenMail mail, SmsGateway sms) {}
