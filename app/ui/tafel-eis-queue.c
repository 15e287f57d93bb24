/* tafel-eis-queue.c: working through the geeltjes of one deelproduct */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tafel-eis-nummer.h"
#include "tafel-eis-queue.h"
#include "tafel-ui-util.h"
#include "tafel-verwerking.h"

struct _TafelEisQueue
{
  GtkBox             parent_instance;

  GtkLabel          *counts_label;
  GtkDropDown       *eis_dropdown;
  GtkRevealer       *reason_revealer;
  GtkEntry          *reason_entry;
  GtkCheckButton    *all_check;
  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkListBox        *list_box;

  TafelTrajectModel *model;
  gulong             handlers[3];
  guint              refresh_id;
  gboolean           dirty;        /* changed while not shown */
  gint64             scope;
  GArray            *eis_ids;      /* parallel to the drop-down's items */
  char              *counts;
};

G_DEFINE_FINAL_TYPE (TafelEisQueue, tafel_eis_queue, GTK_TYPE_BOX)

/* At most this many rows at a time: thousands of rows would take seconds
 * to make, and the facilitator works through them from the top. */
#define MAX_ROWS 200

typedef struct {
  guint  chapter, section, n;
  gint64 id;
  char  *label;
} Choice;

static void
choice_clear (gpointer data)
{
  g_free (((Choice *) data)->label);
}

static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  const Choice *x = a, *y = b;

  if (x->chapter != y->chapter)
    return x->chapter < y->chapter ? -1 : 1;
  if (x->section != y->section)
    return x->section < y->section ? -1 : 1;
  return x->n < y->n ? -1 : x->n > y->n;
}

static gint64
row_id (GtkListBoxRow *row)
{
  return row ? *(gint64 *) g_object_get_data (G_OBJECT (row), "geeltje-id") : 0;
}

/* Requirement ids of every geeltje: geeltje id → GArray of eis ids. */
static GHashTable *
dup_links (TafelTrajectModel *model)
{
  GListModel *bronnen = tafel_traject_model_get_list (model, TAFEL_TYPE_EISBRON);
  GHashTable *links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (bronnen); i++)
    {
      g_autoptr(TafelEisbron) b = g_list_model_get_item (bronnen, i);
      gint64 gid = tafel_eisbron_get_geeltje_id (b), eid = tafel_eisbron_get_eis_id (b);
      GArray *ids;

      if (gid == 0 || tafel_traject_model_lookup (model, TAFEL_TYPE_EIS, eid) == NULL)
        continue;
      ids = g_hash_table_lookup (links, &gid);
      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (links, g_memdup2 (&gid, sizeof gid), ids);
        }
      g_array_append_val (ids, eid);
    }

  return links;
}

static void
fill_chooser (TafelEisQueue *self,
              GHashTable    *nummers)
{
  GListModel *eisen = tafel_traject_model_get_list (self->model, TAFEL_TYPE_EIS);
  g_autoptr(GArray) choices = g_array_new (FALSE, TRUE, sizeof (Choice));
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 chosen = 0;
  guint selected = 0;
  gint64 none = 0;

  g_array_set_clear_func (choices, choice_clear);
  if (self->eis_ids->len > 0)
    chosen = g_array_index (self->eis_ids, gint64, MIN (gtk_drop_down_get_selected (self->eis_dropdown),
                                                        self->eis_ids->len - 1));

  for (guint i = 0; i < g_list_model_get_n_items (eisen); i++)
    {
      g_autoptr(TafelEis) eis = g_list_model_get_item (eisen, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
      const char *nummer = g_hash_table_lookup (nummers, &id);
      g_autofree char *tekst = g_utf8_substring (tafel_eis_get_tekst (eis) ? tafel_eis_get_tekst (eis) : "", 0, 80);
      Choice c = { 0, 0, 0, id, NULL };

      if (nummer == NULL || sscanf (nummer, "%u.%u.%u", &c.chapter, &c.section, &c.n) != 3)
        continue;
      g_strdelimit (tekst, "\n", ' ');
      c.label = g_strdup_printf ("%s %s", nummer, *tekst ? tekst : _("(no text yet)"));
      g_array_append_val (choices, c);
    }
  g_array_sort (choices, compare_choices);

  g_array_set_size (self->eis_ids, 0);
  g_array_append_val (self->eis_ids, none);
  gtk_string_list_append (strings, _("(choose a requirement)"));
  for (guint i = 0; i < choices->len; i++)
    {
      Choice *c = &g_array_index (choices, Choice, i);

      if (c->id == chosen)
        selected = self->eis_ids->len;
      g_array_append_val (self->eis_ids, c->id);
      gtk_string_list_append (strings, c->label);
    }

  gtk_drop_down_set_model (self->eis_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->eis_dropdown, selected);
}

static GtkWidget *
make_row (TafelEisQueue *self,
          TafelGeeltje  *g,
          GArray        *eis_ids,
          GHashTable    *nummers)
{
  GtkWidget *row = adw_action_row_new ();
  const char *status = tafel_geeltje_get_status (g);
  const char *org = tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE,
                                                     tafel_geeltje_get_organisatie_id (g));
  g_autofree char *title = g_markup_escape_text (tafel_geeltje_get_text (g), -1);
  g_autoptr(GString) sub = g_string_new (org && *org ? org : _("No organisation"));
  g_autofree char *subtitle = NULL;
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (g));

  g_string_append_printf (sub, " · %s", _(tafel_choice_label (tafel_geeltje_statuses, status)));
  if (eis_ids != NULL && eis_ids->len > 0)
    {
      g_string_append (sub, " → ");
      for (guint i = 0; i < eis_ids->len; i++)
        {
          const char *n = g_hash_table_lookup (nummers, &g_array_index (eis_ids, gint64, i));

          g_string_append_printf (sub, "%s%s", i > 0 ? ", " : "", n ? n : "?");
        }
    }
  if (g_str_equal (status, "niet_verwerkt"))
    g_string_append_printf (sub, ": %s", tafel_geeltje_get_reason (g));

  subtitle = g_markup_escape_text (sub->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  g_object_set_data_full (G_OBJECT (row), "geeltje-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static void
refresh_now (TafelEisQueue *self)
{
  GListModel *geeltjes;
  g_autoptr(GHashTable) nummers = NULL;
  g_autoptr(GHashTable) links = NULL;
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list_box);
  gint64 selected_id = row_id (selected);
  int selected_index = selected ? gtk_list_box_row_get_index (selected) : 0;
  gboolean all = gtk_check_button_get_active (self->all_check);
  guint counts[4] = { 0, 0, 0, 0 };
  GtkWidget *child;
  GtkListBoxRow *keep = NULL;
  guint n_rows = 0;
  guint n_hidden = 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  self->dirty = FALSE;
  if (self->model == NULL)
    {
      gtk_label_set_text (self->counts_label, "");
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  nummers = tafel_eis_nummers (tafel_traject_model_get_store (self->model),
                               tafel_traject_model_get_traject_id (self->model), NULL);
  if (nummers == NULL)
    nummers = g_hash_table_new (g_int64_hash, g_int64_equal);
  links = dup_links (self->model);
  fill_chooser (self, nummers);

  /* oldest first: the order in which they were written down */
  geeltjes = tafel_traject_model_get_list (self->model, TAFEL_TYPE_GEELTJE);
  for (guint i = g_list_model_get_n_items (geeltjes); i-- > 0;)
    {
      g_autoptr(TafelGeeltje) g = g_list_model_get_item (geeltjes, i);
      int status = tafel_choice_index (tafel_geeltje_statuses, tafel_geeltje_get_status (g));
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (g));
      GtkWidget *row;

      if (tafel_geeltje_get_deelproduct_id (g) != self->scope)
        continue;
      if (status >= 0 && status < 4)
        counts[status]++;
      if (status != 0 && !all)
        continue;
      /* the first of them are what one works through; the counts say the rest */
      if (n_rows >= MAX_ROWS)
        {
          n_hidden++;
          continue;
        }

      row = make_row (self, g, g_hash_table_lookup (links, &id), nummers);
      gtk_list_box_append (self->list_box, row);
      if (id == selected_id)
        keep = GTK_LIST_BOX_ROW (row);
      n_rows++;
    }

  g_free (self->counts);
  self->counts = g_strdup_printf (_("%u open · %u processed · %u partly · %u not processed"),
                                  counts[0], counts[1], counts[2], counts[3]);
  if (n_hidden > 0)
    {
      g_autofree char *text = g_strdup_printf (_("%s — showing the first %u, process these to see the next"),
                                               self->counts, (guint) MAX_ROWS);
      gtk_label_set_text (self->counts_label, text);
    }
  else
    gtk_label_set_text (self->counts_label, self->counts);

  if (keep == NULL && n_rows > 0)
    keep = gtk_list_box_get_row_at_index (self->list_box, MIN ((guint) selected_index, n_rows - 1));
  if (keep != NULL)
    gtk_list_box_select_row (self->list_box, keep);

  adw_status_page_set_title (self->empty_page, counts[0] + counts[1] + counts[2] + counts[3] == 0
                                               ? _("No sticky notes here")
                                               : _("Every sticky note is processed"));
  adw_status_page_set_description (self->empty_page,
                                   counts[0] + counts[1] + counts[2] + counts[3] == 0
                                   ? _("Sticky notes about this deelproduct (or general ones, for the chapters Algemeen and Kwaliteit) appear here to be processed into requirements.")
                                   : _("Each sticky note here went into a requirement or has a reason why not. Tick “Show processed sticky notes too” to change one."));
  gtk_stack_set_visible_child_name (self->stack, n_rows > 0 ? "list" : "empty");
}

static gboolean
refresh_idle_cb (gpointer data)
{
  TafelEisQueue *self = data;

  self->refresh_id = 0;
  refresh_now (self);
  return G_SOURCE_REMOVE;
}

/* Refreshes soon when the queue is on screen, else when it is shown. */
static void
schedule_refresh (TafelEisQueue *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
tafel_eis_queue_map (GtkWidget *widget)
{
  TafelEisQueue *self = TAFEL_EIS_QUEUE (widget);

  GTK_WIDGET_CLASS (tafel_eis_queue_parent_class)->map (widget);
  if (self->dirty)
    refresh_now (self);
}

static void
select_next_open (TafelEisQueue *self,
                  int            from)
{
  for (int i = from;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, i);
      TafelGeeltje *g;

      if (row == NULL)
        break;
      g = tafel_traject_model_lookup (self->model, TAFEL_TYPE_GEELTJE, row_id (row));
      if (g != NULL && g_str_equal (tafel_geeltje_get_status (g), "open"))
        {
          gtk_list_box_select_row (self->list_box, row);
          return;
        }
    }
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
verwerk (TafelEisQueue *self,
         const char    *status)
{
  TafelGeeltje *g = tafel_eis_queue_get_current (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  int index;

  if (g == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (g_str_equal (status, "niet_verwerkt"))
    {
      reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));
      if (*reason == '\0')
        {
          gtk_revealer_set_reveal_child (self->reason_revealer, TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
          tafel_ui_toast (GTK_WIDGET (self), _("Type why this sticky note is not processed, then press Enter"));
          return;
        }
    }
  else
    {
      guint sel = gtk_drop_down_get_selected (self->eis_dropdown);
      gint64 chosen = sel < self->eis_ids->len ? g_array_index (self->eis_ids, gint64, sel) : 0;
      g_autoptr(GHashTable) links = dup_links (self->model);
      gint64 gid = tafel_entity_get_id (TAFEL_ENTITY (g));
      GArray *existing = g_hash_table_lookup (links, &gid);

      if (chosen == 0)
        {
          tafel_ui_toast (GTK_WIDGET (self), _("Choose the requirement it went into first (Alt+R)"));
          gtk_widget_grab_focus (GTK_WIDGET (self->eis_dropdown));
          return;
        }
      if (existing != NULL)
        for (guint i = 0; i < existing->len; i++)
          if (g_array_index (existing, gint64, i) != chosen)
            g_array_append_val (ids, g_array_index (existing, gint64, i));
      g_array_append_val (ids, chosen);
    }

  index = gtk_list_box_row_get_index (gtk_list_box_get_selected_row (self->list_box));
  if (!tafel_geeltje_verwerk (tafel_traject_model_get_store (self->model), g, status,
                              (const gint64 *) ids->data, ids->len, reason, &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), "");
  gtk_revealer_set_reveal_child (self->reason_revealer, FALSE);
  refresh_now (self);
  select_next_open (self, gtk_check_button_get_active (self->all_check) ? index + 1 : MAX (index, 0));
  tafel_eis_queue_focus (self);
}

/* ---- callbacks ----------------------------------------------------------- */

static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelEisQueue     *self)
{
  schedule_refresh (self);
}

static void
on_all_toggled_cb (GtkCheckButton *check,
                   TafelEisQueue  *self)
{
  refresh_now (self);
}

static void
on_reason_activate_cb (GtkEntry      *entry,
                       TafelEisQueue *self)
{
  verwerk (self, "niet_verwerkt");
}

static void
on_action_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TafelEisQueue *self = TAFEL_EIS_QUEUE (widget);

  if (self->model == NULL)
    return;

  if (g_str_equal (action_name, "queue.verwerkt"))
    verwerk (self, "verwerkt");
  else if (g_str_equal (action_name, "queue.deels"))
    verwerk (self, "deels_verwerkt");
  else if (g_str_equal (action_name, "queue.niet"))
    verwerk (self, "niet_verwerkt");
  else
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

      select_next_open (self, row ? gtk_list_box_row_get_index (row) + 1 : 0);
      tafel_eis_queue_focus (self);
    }
}

/* ---- GObject ------------------------------------------------------------- */

static void
tafel_eis_queue_dispose (GObject *object)
{
  TafelEisQueue *self = TAFEL_EIS_QUEUE (object);

  tafel_eis_queue_set_model (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_EIS_QUEUE);
  G_OBJECT_CLASS (tafel_eis_queue_parent_class)->dispose (object);
}

static void
tafel_eis_queue_finalize (GObject *object)
{
  TafelEisQueue *self = TAFEL_EIS_QUEUE (object);

  g_array_unref (self->eis_ids);
  g_free (self->counts);
  G_OBJECT_CLASS (tafel_eis_queue_parent_class)->finalize (object);
}

static void
tafel_eis_queue_class_init (TafelEisQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_eis_queue_dispose;
  object_class->finalize = tafel_eis_queue_finalize;
  widget_class->map = tafel_eis_queue_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-eis-queue.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, counts_label);
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, eis_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, reason_revealer);
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, all_check);
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, stack);
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TafelEisQueue, list_box);

  gtk_widget_class_install_action (widget_class, "queue.verwerkt", NULL, on_action_cb);
  gtk_widget_class_install_action (widget_class, "queue.deels", NULL, on_action_cb);
  gtk_widget_class_install_action (widget_class, "queue.niet", NULL, on_action_cb);
  gtk_widget_class_install_action (widget_class, "queue.next", NULL, on_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "queue.verwerkt", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "queue.deels", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "queue.niet", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "queue.next", NULL);
}

static void
tafel_eis_queue_init (TafelEisQueue *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->eis_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_drop_down_set_expression (self->eis_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_signal_connect (self->eis_dropdown, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);
  g_signal_connect (self->all_check, "toggled", G_CALLBACK (on_all_toggled_cb), self);
  g_signal_connect (self->reason_entry, "activate", G_CALLBACK (on_reason_activate_cb), self);
  refresh_now (self);
}

/* ---- public ---------------------------------------------------------------- */

void
tafel_eis_queue_set_model (TafelEisQueue     *self,
                           TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_EIS_QUEUE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
      g_clear_signal_handler (&self->handlers[i], self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      self->handlers[0] = g_signal_connect (model, "changed::geeltje", G_CALLBACK (on_model_changed_cb), self);
      self->handlers[1] = g_signal_connect (model, "changed::eisbron", G_CALLBACK (on_model_changed_cb), self);
      self->handlers[2] = g_signal_connect (model, "changed::eis", G_CALLBACK (on_model_changed_cb), self);
    }
  if (self->list_box != NULL)
    schedule_refresh (self);
}

void
tafel_eis_queue_set_scope (TafelEisQueue *self,
                           gint64         deelproduct_id)
{
  g_return_if_fail (TAFEL_IS_EIS_QUEUE (self));

  if (self->scope == deelproduct_id)
    return;
  self->scope = deelproduct_id;
  gtk_list_box_unselect_all (self->list_box);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_now (self);
  else
    self->dirty = TRUE;
}

void
tafel_eis_queue_refresh (TafelEisQueue *self)
{
  g_return_if_fail (TAFEL_IS_EIS_QUEUE (self));
  refresh_now (self);
}

gboolean
tafel_eis_queue_choose_eis (TafelEisQueue *self,
                            gint64         eis_id)
{
  g_return_val_if_fail (TAFEL_IS_EIS_QUEUE (self), FALSE);

  for (guint i = 1; i < self->eis_ids->len; i++)
    if (g_array_index (self->eis_ids, gint64, i) == eis_id)
      {
        gtk_drop_down_set_selected (self->eis_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

gboolean
tafel_eis_queue_select_geeltje (TafelEisQueue *self,
                                gint64         geeltje_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_EIS_QUEUE (self), FALSE);

  row = tafel_ui_list_box_find_row (self->list_box, row_id, geeltje_id, NULL);
  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (self->list_box, row);
  return TRUE;
}

TafelGeeltje *
tafel_eis_queue_get_current (TafelEisQueue *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_QUEUE (self), NULL);

  if (self->model == NULL)
    return NULL;
  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_GEELTJE,
                                     row_id (gtk_list_box_get_selected_row (self->list_box)));
}

const char *
tafel_eis_queue_get_counts_text (TafelEisQueue *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_QUEUE (self), NULL);
  return self->counts;
}

GtkListBox *
tafel_eis_queue_get_list_box (TafelEisQueue *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_QUEUE (self), NULL);
  return self->list_box;
}

GtkEntry *
tafel_eis_queue_get_reason_entry (TafelEisQueue *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_QUEUE (self), NULL);
  return self->reason_entry;
}

/* Focus on the current sticky note, where the shortcuts work. */
void
tafel_eis_queue_focus (TafelEisQueue *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (TAFEL_IS_EIS_QUEUE (self));

  row = gtk_list_box_get_selected_row (self->list_box);
  gtk_widget_grab_focus (row ? GTK_WIDGET (row) : GTK_WIDGET (self->list_box));
}
