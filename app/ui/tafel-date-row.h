/* tafel-date-row.h: an entry row for a date, typed or picked from a calendar
 *
 * People type 28-10-2026, 2026-10-28 or 28/10/2026; the button at the end
 * opens a calendar (arrow keys move, Space picks) that fills in the date and
 * applies it. With "with-time" the row holds a date and a time
 * ("10-11-2026 12:00"); picking a day keeps the time already typed.
 * Storing is left to whoever handles AdwEntryRow::apply, e.g. a
 * tafel-field-binding.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TAFEL_TYPE_DATE_ROW (tafel_date_row_get_type ())
G_DECLARE_FINAL_TYPE (TafelDateRow, tafel_date_row, TAFEL, DATE_ROW, AdwEntryRow)

GtkWidget   *tafel_date_row_new           (void);
gboolean     tafel_date_row_get_with_time (TafelDateRow *self);
void         tafel_date_row_set_with_time (TafelDateRow *self,
                                           gboolean      with_time);
GtkCalendar *tafel_date_row_get_calendar  (TafelDateRow *self);
GtkWidget   *tafel_date_row_get_button    (TafelDateRow *self);

G_END_DECLS
