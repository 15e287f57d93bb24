/* tafel-field-binding.h: a text field that stores one field of an entity
 *
 * Binds an editable widget (AdwEntryRow, GtkEntry, GtkText) or a GtkTextView
 * to one column of whatever entity is set later. What is typed is stored
 * through TafelStore when the user applies it: Enter or the apply button of
 * an AdwEntryRow, Ctrl+Enter in a text view, focus leaving the widget, or
 * switching the widget to another entity. Escape brings back the stored
 * value. A refused value shows the store's message (a toast, and the
 * "error" style class with the message as tooltip until the next edit) and
 * the widget shows the stored value again: nothing is half stored.
 *
 * Dates, times and date-times are shown the way people type them
 * (28-10-2026, 09:30, 10-11-2026 12:00); the store parses what they type.
 */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

/* Returns the text to show for the stored value of @entity. */
typedef char    *(*TafelFieldShowFunc)  (gpointer     entity,
                                         gpointer     user_data);
/* Stores @text into @entity; on refusal sets @error and changes nothing. */
typedef gboolean (*TafelFieldStoreFunc) (TafelStore  *store,
                                         gpointer     entity,
                                         const char  *text,
                                         gpointer     user_data,
                                         GError     **error);

void      tafel_field_binding_bind       (GtkWidget          *widget,
                                          const char         *column);
void      tafel_field_binding_bind_full  (GtkWidget          *widget,
                                          const char         *column,
                                          TafelFieldShowFunc  show,
                                          TafelFieldStoreFunc store,
                                          gpointer            user_data);
void      tafel_field_binding_set_entity (GtkWidget          *widget,
                                          TafelStore         *store,
                                          gpointer            entity);
gpointer  tafel_field_binding_get_entity (GtkWidget          *widget);
gboolean  tafel_field_binding_apply      (GtkWidget          *widget);
void      tafel_field_binding_reset      (GtkWidget          *widget);
gboolean  tafel_field_binding_is_dirty   (GtkWidget          *widget);
char     *tafel_field_binding_dup_text   (GtkWidget          *widget);

char     *tafel_field_format             (gpointer            entity,
                                          const char         *column);

gboolean  tafel_field_binding_release_focus (GtkWidget       *container);
void      tafel_field_binding_show_child    (GtkStack        *stack,
                                             const char      *name);

G_END_DECLS
