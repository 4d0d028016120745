package be.koepel.volunteer.calendar;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "koepel.calendar")
public interface CalendarConfig {

    /** Local days before today in the feed, so a calendar still shows last week's shifts. */
    int pastDays();

    /** Local days after today in the feed. */
    int futureDays();
}
