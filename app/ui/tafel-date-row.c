/* tafel-date-row.c: an entry row for a date, typed or picked from a calendar */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tafel-date-row.h"
#include "tafel-validate.h"

#define DEFAULT_TIME "12:00"

struct _TafelDateRow
{
  AdwEntryRow    parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  gboolean       with_time;
  gboolean       syncing;
};

enum {
  PROP_0,
  PROP_WITH_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelDateRow, tafel_date_row, ADW_TYPE_ENTRY_ROW)

/* The date and the time part of what is typed: "10-11-2026 12:00". */
static void
split_text (TafelDateRow  *self,
            char         **date,
            char         **time)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  char *space = self->with_time ? strpbrk (text, " T") : NULL;

  if (space != NULL)
    {
      *space = '\0';
      *time = tafel_time_parse (space + 1);
    }
  else
    *time = NULL;

  *date = tafel_date_parse (text);
}

static void
sync_calendar (TafelDateRow *self)
{
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  split_text (self, &date, &time);
  if (date != NULL && sscanf (date, "%d-%d-%d", &y, &m, &d) == 3)
    dt = g_date_time_new_local (y, m, d, 0, 0, 0);
  if (dt == NULL)
    dt = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, dt);
  self->syncing = FALSE;
}

static void
on_popover_show_cb (GtkPopover   *popover,
                    TafelDateRow *self)
{
  sync_calendar (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
on_day_selected_cb (GtkCalendar  *calendar,
                    TafelDateRow *self)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (self->syncing)
    return;

  dt = gtk_calendar_get_date (calendar);
  day = g_date_time_format (dt, "%d-%m-%Y");
  split_text (self, &date, &time);

  if (self->with_time)
    {
      g_autofree char *text = g_strdup_printf ("%s %s", day, time ? time : DEFAULT_TIME);
      gtk_editable_set_text (GTK_EDITABLE (self), text);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self), day);

  gtk_menu_button_popdown (self->button);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit_by_name (self, "apply");
}

static void
tafel_date_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TafelDateRow *self = TAFEL_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_WITH_TIME:
      g_value_set_boolean (value, self->with_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_date_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TafelDateRow *self = TAFEL_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_WITH_TIME:
      tafel_date_row_set_with_time (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_date_row_class_init (TafelDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tafel_date_row_get_property;
  object_class->set_property = tafel_date_row_set_property;

  properties[PROP_WITH_TIME] =
    g_param_spec_boolean ("with-time", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tafel_date_row_init (TafelDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *hint = gtk_label_new (_("Arrow keys move, Space picks the day."));

  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calendar"), -1);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);

  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), hint);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show_cb), self);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Pick a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick a date from a calendar"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->button));
}

GtkWidget *
tafel_date_row_new (void)
{
  return g_object_new (TAFEL_TYPE_DATE_ROW, NULL);
}

gboolean
tafel_date_row_get_with_time (TafelDateRow *self)
{
  g_return_val_if_fail (TAFEL_IS_DATE_ROW (self), FALSE);
  return self->with_time;
}

void
tafel_date_row_set_with_time (TafelDateRow *self,
                              gboolean      with_time)
{
  g_return_if_fail (TAFEL_IS_DATE_ROW (self));

  with_time = !!with_time;
  if (self->with_time == with_time)
    return;

  self->with_time = with_time;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WITH_TIME]);
}

/* The calendar in the popover; selecting a day in it fills in and applies. */
GtkCalendar *
tafel_date_row_get_calendar (TafelDateRow *self)
{
  g_return_val_if_fail (TAFEL_IS_DATE_ROW (self), NULL);
  return self->calendar;
}

GtkWidget *
tafel_date_row_get_button (TafelDateRow *self)
{
  g_return_val_if_fail (TAFEL_IS_DATE_ROW (self), NULL);
  return GTK_WIDGET (self->button);
}
