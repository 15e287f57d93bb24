/* tafel-text-field.h: a labelled multi-line text field that stores when done
 *
 * A visible label (with a mnemonic) above a GtkTextView. The field knows the
 * value that is stored; when focus leaves it, or on Ctrl+Enter, it emits
 * "commit" with its text if that differs from the stored value. The handler
 * stores it and calls tafel_text_field_reset() with what is stored now.
 * Near max-length a counter shows how many characters are used.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TAFEL_TYPE_TEXT_FIELD (tafel_text_field_get_type ())
G_DECLARE_FINAL_TYPE (TafelTextField, tafel_text_field, TAFEL, TEXT_FIELD, AdwBin)

GtkWidget   *tafel_text_field_new             (void);
const char  *tafel_text_field_get_label       (TafelTextField *self);
void         tafel_text_field_set_label       (TafelTextField *self,
                                               const char     *label);
int          tafel_text_field_get_max_length  (TafelTextField *self);
void         tafel_text_field_set_max_length  (TafelTextField *self,
                                               int             max_length);
char        *tafel_text_field_dup_text        (TafelTextField *self);
gboolean     tafel_text_field_is_dirty        (TafelTextField *self);
void         tafel_text_field_set_stored_text (TafelTextField *self,
                                               const char     *text);
void         tafel_text_field_reset           (TafelTextField *self,
                                               const char     *text);
gboolean     tafel_text_field_commit          (TafelTextField *self);
GtkTextView *tafel_text_field_get_text_view   (TafelTextField *self);

G_END_DECLS
