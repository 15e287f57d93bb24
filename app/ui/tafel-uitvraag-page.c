/* tafel-uitvraag-page.c: the Uitvraag page: workbooks to providers, their returns back
 *
 * This file holds the widget: its template and properties, the session
 * choice and its deadline, the actions and shortcuts, refreshing after
 * changes and the job (writing or reading) under way. The other parts are
 * listed in tafel-uitvraag-page-private.h.
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tafel-error.h"
#include "tafel-ui-util.h"
#include "tafel-uitvraag-page-private.h"

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tables and links whose changes alter the lists. */
static const char *const watched_tables[] = {
  "uitvraag", "inlevering", "organisatie", "sessie", "deelnemer", NULL
};

G_DEFINE_FINAL_TYPE (TafelUitvraagPage, tafel_uitvraag_page, ADW_TYPE_BIN)

/* ---- helpers ----------------------------------------------------------- */

static void
job_free (Job *job)
{
  if (job == NULL)
    return;

  g_clear_handle_id (&job->source_id, g_source_remove);
  g_free (job->sessie_name);
  g_free (job->folder);
  g_clear_pointer (&job->regels, g_ptr_array_unref);
  g_clear_pointer (&job->taken, g_hash_table_unref);
  g_clear_pointer (&job->bestanden, g_ptr_array_unref);
  g_free (job);
}

/* A session's deadline ("YYYY-MM-DDTHH:MM", local time), or NULL. */
static GDateTime *
parse_deadline (const char *deadline)
{
  g_autoptr(GTimeZone) local = NULL;
  int y, mo, d, h = 23, mi = 59;

  if (deadline == NULL || *deadline == '\0')
    return NULL;
  if (sscanf (deadline, "%d-%d-%d%*c%d:%d", &y, &mo, &d, &h, &mi) < 3)
    return NULL;
  local = g_time_zone_new_local ();
  return g_date_time_new (local, y, mo, d, h, mi, 0);
}

/* The next session whose deadline is still ahead; else the one whose
 * deadline passed last; else the one held last; else the last one. */
static gint64
pick_default_sessie (TafelTrajectModel *model)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GListModel *list = tafel_traject_model_get_list (model, TAFEL_TYPE_SESSIE);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) last = NULL;
  gint64 next_id = 0, last_id = 0, held;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelSessie) sessie = g_list_model_get_item (list, i);
      g_autoptr(GDateTime) deadline = parse_deadline (tafel_sessie_get_deadline (sessie));
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (sessie));

      if (deadline == NULL)
        continue;
      if (g_date_time_compare (deadline, now) > 0)
        {
          if (next == NULL || g_date_time_compare (deadline, next) < 0)
            {
              g_clear_pointer (&next, g_date_time_unref);
              next = g_date_time_ref (deadline);
              next_id = id;
            }
        }
      else if (last == NULL || g_date_time_compare (deadline, last) > 0)
        {
          g_clear_pointer (&last, g_date_time_unref);
          last = g_date_time_ref (deadline);
          last_id = id;
        }
    }

  if (next_id != 0)
    return next_id;
  if (last_id != 0)
    return last_id;
  if ((held = tafel_ui_last_held_sessie (model)) != 0)
    return held;
  if (n > 0)
    {
      g_autoptr(TafelEntity) sessie = g_list_model_get_item (list, n - 1);

      return tafel_entity_get_id (sessie);
    }

  return 0;
}

/* "Return before Tue 10 November 12:00", or what the session lacks. */
static char *
dup_deadline_text (TafelSessie *sessie)
{
  g_autoptr(GDateTime) deadline = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *when = NULL;

  if (sessie == NULL)
    return g_strdup ("");

  deadline = parse_deadline (tafel_sessie_get_deadline (sessie));
  if (deadline == NULL)
    return g_strdup (_("No deadline for returns: set one on the Sessions page"));

  now = g_date_time_new_now_local ();
  /* TRANSLATORS: a deadline as "Tue 10 November 12:00" (g_date_time_format) */
  when = g_date_time_format (deadline, _("%a %-d %B %H:%M"));
  if (g_date_time_compare (deadline, now) > 0)
    return g_strdup_printf (_("Return before %s"), when);
  return g_strdup_printf (_("The deadline was %s"), when);
}

/* The chosen session's deadline under its row. */
static void
update_deadline (TafelUitvraagPage *self)
{
  g_autofree char *deadline = dup_deadline_text (tafel_uitvraag_page_get_sessie (self));
  g_autofree char *escaped = g_markup_escape_text (deadline, -1);

  adw_action_row_set_subtitle (self->sessie_row, escaped);
}

static void
refresh (TafelUitvraagPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  update_deadline (self);
  tafel_uitvraag_page_refresh_status (self);
  tafel_uitvraag_page_refresh_history (self);
  tafel_uitvraag_page_update_actions (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  TafelUitvraagPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many changes (an import stores hundreds of rows) make one refresh. */
static void
queue_refresh (TafelUitvraagPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* ---- shared with the other parts (tafel-uitvraag-page-private.h) ------- */

TafelStore *
tafel_uitvraag_page_get_store (TafelUitvraagPage *self)
{
  return self->model ? tafel_traject_model_get_store (self->model) : NULL;
}

gint64
tafel_uitvraag_page_get_traject_id (TafelUitvraagPage *self)
{
  return self->model ? tafel_traject_model_get_traject_id (self->model) : 0;
}

TafelSessie *
tafel_uitvraag_page_get_sessie (TafelUitvraagPage *self)
{
  if (self->model == NULL)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_SESSIE, tafel_ref_dropdown_get_id (self->sessie_ref));
}

void
tafel_uitvraag_page_update_actions (TafelUitvraagPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean idle = self->model != NULL && self->job == NULL;
  gboolean sessie = idle && tafel_uitvraag_page_get_sessie (self) != NULL;

  gtk_widget_action_set_enabled (widget, "uitvraag.export-all", sessie);
  gtk_widget_action_set_enabled (widget, "uitvraag.export-blank", sessie);
  gtk_widget_action_set_enabled (widget, "uitvraag.export-one", sessie);
  gtk_widget_action_set_enabled (widget, "uitvraag.import-files", idle && self->preview == NULL);
  gtk_widget_action_set_enabled (widget, "uitvraag.import-folder", idle && self->preview == NULL);
  gtk_widget_action_set_enabled (widget, "uitvraag.undo-inlevering", idle);
  gtk_widget_action_set_enabled (widget, "uitvraag.cancel", self->job != NULL);
  /* The workbooks being written are for the session shown. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->sessie_dropdown), self->job == NULL);
}

void
tafel_uitvraag_page_show_error (TafelUitvraagPage *self,
                                const char        *format,
                                ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  error = g_error_new_literal (TAFEL_ERROR, TAFEL_ERROR_INVALID, message);
  tafel_ui_toast_error (GTK_WIDGET (self), error);
}

void
tafel_uitvraag_page_clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* Not by child: the placeholder is a child too. */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

void
tafel_uitvraag_page_set_progress (TafelUitvraagPage *self,
                                  guint              done,
                                  guint              total,
                                  const char        *text)
{
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_widget_set_visible (self->progress_box, TRUE);
}

void
tafel_uitvraag_page_finish_job (TafelUitvraagPage *self)
{
  g_clear_pointer (&self->job, job_free);
  gtk_widget_set_visible (self->progress_box, FALSE);
  tafel_uitvraag_page_update_actions (self);
  queue_refresh (self);
}

/* ---- actions ----------------------------------------------------------- */

static void
on_cancel_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  tafel_uitvraag_page_cancel (TAFEL_UITVRAAG_PAGE (widget));
}

static void
on_search_aanbod_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  tafel_aanbod_list_focus_search (TAFEL_UITVRAAG_PAGE (widget)->aanbod_list);
}

/* ---- signals ----------------------------------------------------------- */

static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelUitvraagPage *self)
{
  queue_refresh (self);
}

static void
on_sessies_changed_cb (TafelTrajectModel *model,
                       TafelUitvraagPage *self)
{
  /* The chosen session went away (the drop-down fell back to none), or
   * the first one was added. */
  if (tafel_ref_dropdown_get_id (self->sessie_ref) == 0)
    tafel_ref_dropdown_set_id (self->sessie_ref, pick_default_sessie (model));
  queue_refresh (self);
}

static void
on_sessie_chosen_cb (TafelRefDropdown  *ref,
                     TafelUitvraagPage *self)
{
  if (self->status_list != NULL)
    refresh (self);
}

static gboolean
tick_cb (gpointer data)
{
  TafelUitvraagPage *self = data;

  /* Deadlines pass while the page is shown. */
  update_deadline (self);
  tafel_uitvraag_page_refresh_status (self);
  return G_SOURCE_CONTINUE;
}

/* ---- GObject ----------------------------------------------------------- */

static void
tafel_uitvraag_page_map (GtkWidget *widget)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (widget);

  GTK_WIDGET_CLASS (tafel_uitvraag_page_parent_class)->map (widget);

  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (60, tick_cb, self);
  queue_refresh (self);
}

static void
tafel_uitvraag_page_unmap (GtkWidget *widget)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);

  GTK_WIDGET_CLASS (tafel_uitvraag_page_parent_class)->unmap (widget);
}

static void
tafel_uitvraag_page_dispose (GObject *object)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (object);

  g_clear_pointer (&self->job, job_free);
  tafel_uitvraag_page_close_chooser (self);
  tafel_uitvraag_page_close_preview (self);
  tafel_uitvraag_page_set_model (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->sessie_ref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_UITVRAAG_PAGE);
  g_clear_pointer (&self->last_import, g_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->status_shown, g_free);
  g_clear_pointer (&self->history_shown, g_free);

  G_OBJECT_CLASS (tafel_uitvraag_page_parent_class)->dispose (object);
}

static void
tafel_uitvraag_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_uitvraag_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_uitvraag_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_uitvraag_page_class_init (TafelUitvraagPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_uitvraag_page_dispose;
  object_class->get_property = tafel_uitvraag_page_get_property;
  object_class->set_property = tafel_uitvraag_page_set_property;
  widget_class->map = tafel_uitvraag_page_map;
  widget_class->unmap = tafel_uitvraag_page_unmap;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_AANBOD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-uitvraag-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, sessie_row);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, sessie_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, status_list);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, status_placeholder);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, result_group);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, result_list);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, TafelUitvraagPage, aanbod_list);

  gtk_widget_class_install_action (widget_class, "uitvraag.export-all", NULL,
                                   tafel_uitvraag_page_on_export_all_action_cb);
  gtk_widget_class_install_action (widget_class, "uitvraag.export-blank", NULL,
                                   tafel_uitvraag_page_on_export_blank_action_cb);
  gtk_widget_class_install_action (widget_class, "uitvraag.export-one", "x",
                                   tafel_uitvraag_page_on_export_one_action_cb);
  gtk_widget_class_install_action (widget_class, "uitvraag.import-files", NULL,
                                   tafel_uitvraag_page_on_import_files_action_cb);
  gtk_widget_class_install_action (widget_class, "uitvraag.import-folder", NULL,
                                   tafel_uitvraag_page_on_import_folder_action_cb);
  gtk_widget_class_install_action (widget_class, "uitvraag.cancel", NULL, on_cancel_action_cb);
  gtk_widget_class_install_action (widget_class, "uitvraag.search-aanbod", NULL, on_search_aanbod_action_cb);
  gtk_widget_class_install_action (widget_class, "uitvraag.undo-inlevering", "x",
                                   tafel_uitvraag_page_on_undo_inlevering_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "uitvraag.export-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "uitvraag.import-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "uitvraag.import-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "uitvraag.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "uitvraag.search-aanbod", NULL);
}

static void
tafel_uitvraag_page_init (TafelUitvraagPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->sessie_ref = tafel_ref_dropdown_new (self->sessie_dropdown, TAFEL_TYPE_SESSIE);
  tafel_ref_dropdown_add_fixed (self->sessie_ref, 0, _("No session chosen"));
  g_signal_connect (self->sessie_ref, "changed", G_CALLBACK (on_sessie_chosen_cb), self);
  g_signal_connect (self->sessie_dropdown, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);

  refresh (self);
}

/* ---- public ------------------------------------------------------------ */

GtkWidget *
tafel_uitvraag_page_new (void)
{
  return g_object_new (TAFEL_TYPE_UITVRAAG_PAGE, NULL);
}

TafelTrajectModel *
tafel_uitvraag_page_get_model (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->model;
}

/* Another traject starts at its own default session, with nothing of the
 * previous one's imports. */
void
tafel_uitvraag_page_set_model (TafelUitvraagPage *self,
                               TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_UITVRAAG_PAGE (self));

  if (self->model == model)
    return;

  g_clear_pointer (&self->job, job_free);
  tafel_uitvraag_page_close_chooser (self);
  tafel_uitvraag_page_close_preview (self);
  if (self->progress_box != NULL)
    gtk_widget_set_visible (self->progress_box, FALSE);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      for (guint i = 0; watched_tables[i] != NULL; i++)
        {
          g_autofree char *signal = g_strconcat ("changed::", watched_tables[i], NULL);

          g_signal_connect (model, signal,
                            G_CALLBACK (g_str_equal (watched_tables[i], "sessie") ? on_sessies_changed_cb
                                                                                 : on_model_changed_cb),
                            self);
        }
      g_signal_connect (model, "links-changed::aanwezigheid", G_CALLBACK (on_model_changed_cb), self);
    }

  if (self->aanbod_list != NULL)
    tafel_aanbod_list_set_model (self->aanbod_list, model);

  if (self->sessie_ref != NULL)
    {
      tafel_ref_dropdown_set_model (self->sessie_ref, model);
      tafel_ref_dropdown_set_id (self->sessie_ref, model ? pick_default_sessie (model) : 0);
    }

  g_clear_pointer (&self->last_import, g_array_unref);
  if (self->expanded != NULL)
    g_hash_table_remove_all (self->expanded);
  if (self->result_list != NULL)
    {
      tafel_uitvraag_page_clear_list (self->result_list);
      gtk_widget_set_visible (GTK_WIDGET (self->result_group), FALSE);
      refresh (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

gint64
tafel_uitvraag_page_get_sessie_id (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), 0);
  return tafel_uitvraag_page_get_sessie (self) ? tafel_ref_dropdown_get_id (self->sessie_ref) : 0;
}

gboolean
tafel_uitvraag_page_set_sessie_id (TafelUitvraagPage *self,
                                   gint64             sessie_id)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), FALSE);
  return tafel_ref_dropdown_set_id (self->sessie_ref, sessie_id) && sessie_id != 0;
}

gboolean
tafel_uitvraag_page_is_busy (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), FALSE);
  return self->job != NULL;
}

void
tafel_uitvraag_page_cancel (TafelUitvraagPage *self)
{
  g_autofree char *message = NULL;
  Job *job;

  g_return_if_fail (TAFEL_IS_UITVRAAG_PAGE (self));

  if ((job = self->job) == NULL)
    return;

  if (job->kind == JOB_EXPORT)
    {
      g_autofree char *display = g_filename_display_name (job->folder);

      message = g_strdup_printf (_("Stopped: %u of %u workbooks were written to “%s”."),
                                 job->index, job->total, display);
    }
  else
    message = g_strdup (_("Reading stopped: nothing was imported."));

  tafel_uitvraag_page_finish_job (self);
  tafel_ui_toast (GTK_WIDGET (self), message);
}

const char *
tafel_uitvraag_page_get_deadline (TafelUitvraagPage *self)
{
  const char *text;

  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);

  text = adw_action_row_get_subtitle (self->sessie_row);
  return text ? text : "";
}

GtkProgressBar *
tafel_uitvraag_page_get_progress (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->progress_bar;
}

TafelAanbodList *
tafel_uitvraag_page_get_aanbod_list (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->aanbod_list;
}
