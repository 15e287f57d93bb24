/* tafel-window.h: the main window: the traject list, or one open traject */
#pragma once

#include <adwaita.h>

#include "tafel-application.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_WINDOW (tafel_window_get_type ())
G_DECLARE_FINAL_TYPE (TafelWindow, tafel_window, TAFEL, WINDOW, AdwApplicationWindow)

TafelWindow *tafel_window_new              (TafelApplication *application);
gboolean     tafel_window_open_traject     (TafelWindow      *self,
                                            gint64            traject_id,
                                            GError          **error);
void         tafel_window_show_start       (TafelWindow      *self);
gint64       tafel_window_get_traject_id   (TafelWindow      *self);

G_END_DECLS
