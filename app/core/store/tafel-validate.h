/* tafel-validate.h: turning what people typed into values we store
 *
 * Every value passes through tafel_field_normalize() before it reaches the
 * database: text is checked for encoding, control characters and length,
 * numbers for range, dates and times for form. A refusal is a TAFEL_ERROR_INVALID
 * with a translated message naming the object and the field.
 */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

gboolean  tafel_field_normalize (TafelEntity      *owner,
                                 const TafelField *field,
                                 const GValue     *input,
                                 GValue           *output,
                                 GError          **error);

char     *tafel_text_normalize  (const char       *text,
                                 gboolean          multi_line,
                                 glong            *bad_position);

char     *tafel_date_parse      (const char       *text);
char     *tafel_time_parse      (const char       *text);
char     *tafel_datetime_parse  (const char       *text);
char     *tafel_date_format     (const char       *iso_date);
char     *tafel_datetime_format (const char       *iso_datetime);
char     *tafel_timestamp_now   (void);

G_END_DECLS
