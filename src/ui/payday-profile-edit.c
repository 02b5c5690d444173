/* payday-profile-edit.c — the edits the profile dialog makes to a document's plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-profile-edit.h"

/* Each edit is one small function and one undoable command: it copies the profile
 * (payday_document_dup_part()), changes the copy and runs a command that sets it
 * (payday_document_run(): recompute, dirty, "changed"). An edit that would change nothing,
 * or that is out of range, returns FALSE without touching the plan or the document. Text
 * and number fields, which apply as the user types, carry a merge key so a burst of typing
 * is undone at once. */

static PaydayProfile *
profile_begin (PaydayDocument *document)
{
  return payday_document_dup_part (document, PAYDAY_PLAN_PART_PROFILE);
}

/* Takes @copy. */
static void
profile_commit (PaydayDocument *document,
                PaydayProfile  *copy,
                const char     *label,
                const char     *merge_key)
{
  g_autoptr(PaydayCommand) command = payday_command_new (label);

  payday_command_set_merge_key (command, merge_key);
  payday_command_take_part (command, PAYDAY_PLAN_PART_PROFILE, copy);
  payday_document_run (document, command, NULL);
}

static const struct {
  const char *name;
  gsize       offset;
} flags[PAYDAY_PROFILE_N_FLAGS] = {
  { "agency", G_STRUCT_OFFSET (PaydayProfile, agency) },
  { "profile_complete", G_STRUCT_OFFSET (PaydayProfile, profile_complete) },
  { "availability_current", G_STRUCT_OFFSET (PaydayProfile, availability_current) },
  { "readiness_test_passed", G_STRUCT_OFFSET (PaydayProfile, readiness_test_passed) },
  { "social_linked", G_STRUCT_OFFSET (PaydayProfile, social_linked) },
  { "identity_verified", G_STRUCT_OFFSET (PaydayProfile, identity_verified) },
  { "expert_vetted", G_STRUCT_OFFSET (PaydayProfile, expert_vetted) },
};

static const gsize date_offsets[PAYDAY_PROFILE_N_DATES] = {
  G_STRUCT_OFFSET (PaydayProfile, joined),
  G_STRUCT_OFFSET (PaydayProfile, rising_talent_since),
  G_STRUCT_OFFSET (PaydayProfile, top_rated_since),
};

static PaydayProfile *
profile_of (PaydayDocument *document)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  return plan != NULL ? &plan->profile : NULL;
}

/**
 * payday_profile_flag_name:
 *
 * Returns: the member name in the plan file, e.g. "profile_complete"
 */
const char *
payday_profile_flag_name (PaydayProfileFlag flag)
{
  g_return_val_if_fail (flag < PAYDAY_PROFILE_N_FLAGS, NULL);

  return flags[flag].name;
}

gboolean
payday_profile_get_flag (const PaydayProfile *profile,
                         PaydayProfileFlag    flag)
{
  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (flag < PAYDAY_PROFILE_N_FLAGS, FALSE);

  return G_STRUCT_MEMBER (gboolean, profile, flags[flag].offset);
}

PaydayDate
payday_profile_get_date (const PaydayProfile *profile,
                         PaydayProfileDate    which)
{
  g_return_val_if_fail (profile != NULL, PAYDAY_DATE_NONE);
  g_return_val_if_fail (which < PAYDAY_PROFILE_N_DATES, PAYDAY_DATE_NONE);

  return G_STRUCT_MEMBER (PaydayDate, profile, date_offsets[which]);
}

/**
 * payday_profile_edit_flag:
 *
 * Sets one of the profile's switches.
 *
 * Returns: %TRUE when the plan changed
 */
gboolean
payday_profile_edit_flag (PaydayDocument    *document,
                          PaydayProfileFlag  flag,
                          gboolean           value)
{
  PaydayProfile *profile;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (flag < PAYDAY_PROFILE_N_FLAGS, FALSE);

  if (!(profile = profile_of (document)) || payday_profile_get_flag (profile, flag) == !!value)
    return FALSE;

  profile = profile_begin (document);
  G_STRUCT_MEMBER (gboolean, profile, flags[flag].offset) = !!value;
  profile_commit (document, profile, _("Change Profile"), NULL);

  return TRUE;
}

/**
 * payday_profile_edit_date:
 * @date: a date, or %PAYDAY_DATE_NONE for "not set"
 *
 * Returns: %TRUE when the plan changed
 */
gboolean
payday_profile_edit_date (PaydayDocument    *document,
                          PaydayProfileDate  which,
                          PaydayDate         date)
{
  PaydayProfile *profile;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (which < PAYDAY_PROFILE_N_DATES, FALSE);

  if (!payday_date_is_set (date))
    date = PAYDAY_DATE_NONE;

  if (!(profile = profile_of (document)) || payday_profile_get_date (profile, which) == date)
    return FALSE;

  profile = profile_begin (document);
  G_STRUCT_MEMBER (PaydayDate, profile, date_offsets[which]) = date;
  profile_commit (document, profile, _("Change Profile Date"), NULL);

  return TRUE;
}

/**
 * payday_profile_edit_category:
 * @category: (nullable): the category; %NULL or blank for none
 *
 * Returns: %TRUE when the plan changed
 */
gboolean
payday_profile_edit_category (PaydayDocument *document,
                              const char     *category)
{
  g_autofree char *text = NULL;
  PaydayProfile *profile;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (category != NULL)
    {
      text = g_strstrip (g_strdup (category));
      if (text[0] == '\0')
        g_clear_pointer (&text, g_free);
    }

  if (!(profile = profile_of (document)) || g_strcmp0 (profile->category, text) == 0)
    return FALSE;

  profile = profile_begin (document);
  g_free (profile->category);
  profile->category = g_steal_pointer (&text);
  profile_commit (document, profile, _("Change Category"), "profile.category");

  return TRUE;
}

/**
 * payday_profile_edit_violations:
 * @count: the number of Terms of Service violations, 0 or more
 *
 * Returns: %TRUE when the plan changed
 */
gboolean
payday_profile_edit_violations (PaydayDocument *document,
                                int             count)
{
  PaydayProfile *profile;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (count < 0 || !(profile = profile_of (document)) || profile->tos_violations == count)
    return FALSE;

  profile = profile_begin (document);
  profile->tos_violations = count;
  profile_commit (document, profile, _("Change Violations"), "profile.tos_violations");

  return TRUE;
}

static gint
jss_compare (gconstpointer a,
             gconstpointer b)
{
  const PaydayJss *ja = a;
  const PaydayJss *jb = b;

  return (ja->date > jb->date) - (ja->date < jb->date);
}

/* The plan keeps JSS entries with dates ascending; returns where @date now sits. */
static guint
jss_sort (GArray     *jss,
          const void *entry_extra,
          PaydayDate  date,
          int         score)
{
  g_array_sort (jss, jss_compare);

  for (guint i = 0; i < jss->len; i++)
    {
      const PaydayJss *entry = &g_array_index (jss, PaydayJss, i);

      if (entry->date == date && entry->score == score && (const void *) entry->extra == entry_extra)
        return i;
    }

  g_return_val_if_reached (0);
}

/**
 * payday_profile_edit_jss_add:
 * @date: a set date
 * @score: 0–100
 *
 * Adds a Job Success Score, keeping the history in date order.
 *
 * Returns: the index of the new entry, or %G_MAXUINT when nothing was added
 */
guint
payday_profile_edit_jss_add (PaydayDocument *document,
                             PaydayDate      date,
                             int             score)
{
  PaydayProfile *profile;
  PaydayJss entry = { date, score, NULL };
  guint index;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), G_MAXUINT);

  if (!payday_date_is_set (date) || score < 0 || score > 100 || !(profile = profile_of (document)))
    return G_MAXUINT;

  profile = profile_begin (document);
  g_array_append_val (profile->jss, entry);
  index = jss_sort (profile->jss, NULL, date, score);
  profile_commit (document, profile, _("Add Job Success Score"), NULL);

  return index;
}

/**
 * payday_profile_edit_jss_set:
 *
 * Changes one Job Success Score entry; the history is re-sorted by date.
 *
 * Returns: the new index of the entry, or %G_MAXUINT when nothing changed
 */
guint
payday_profile_edit_jss_set (PaydayDocument *document,
                             guint           index,
                             PaydayDate      date,
                             int             score)
{
  PaydayProfile *profile;
  PaydayJss *entry;
  guint new_index;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), G_MAXUINT);

  if (!payday_date_is_set (date) || score < 0 || score > 100 ||
      !(profile = profile_of (document)) || index >= profile->jss->len)
    return G_MAXUINT;

  entry = &g_array_index (profile->jss, PaydayJss, index);
  if (entry->date == date && entry->score == score)
    return G_MAXUINT;

  profile = profile_begin (document);
  entry = &g_array_index (profile->jss, PaydayJss, index);
  entry->date = date;
  entry->score = score;
  new_index = jss_sort (profile->jss, entry->extra, date, score);
  profile_commit (document, profile, _("Edit Job Success Score"), NULL);

  return new_index;
}

/**
 * payday_profile_edit_jss_remove:
 *
 * Returns: %TRUE when the entry existed and was removed
 */
gboolean
payday_profile_edit_jss_remove (PaydayDocument *document,
                                guint           index)
{
  PaydayProfile *profile;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (!(profile = profile_of (document)) || index >= profile->jss->len)
    return FALSE;

  profile = profile_begin (document);
  g_array_remove_index (profile->jss, index);
  profile_commit (document, profile, _("Remove Job Success Score"), NULL);

  return TRUE;
}

static gboolean
hold_valid (PaydayDate start,
            PaydayDate end)
{
  return payday_date_is_set (start) && (!payday_date_is_set (end) || end >= start);
}

/**
 * payday_profile_edit_hold_add:
 * @start: the first held day
 * @end: the last held day, or %PAYDAY_DATE_NONE while the hold is ongoing
 *
 * Returns: the index of the new hold, or %G_MAXUINT when the dates are not valid
 */
guint
payday_profile_edit_hold_add (PaydayDocument *document,
                              PaydayDate      start,
                              PaydayDate      end)
{
  PaydayProfile *profile;
  PaydayHold hold = { start, payday_date_is_set (end) ? end : PAYDAY_DATE_NONE, NULL };
  guint index;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), G_MAXUINT);

  if (!hold_valid (start, end) || !(profile = profile_of (document)))
    return G_MAXUINT;

  profile = profile_begin (document);
  g_array_append_val (profile->account_holds, hold);
  index = profile->account_holds->len - 1;
  profile_commit (document, profile, _("Add Account Hold"), NULL);

  return index;
}

/**
 * payday_profile_edit_hold_set:
 *
 * Returns: %TRUE when the plan changed
 */
gboolean
payday_profile_edit_hold_set (PaydayDocument *document,
                              guint           index,
                              PaydayDate      start,
                              PaydayDate      end)
{
  PaydayProfile *profile;
  PaydayHold *hold;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (!payday_date_is_set (end))
    end = PAYDAY_DATE_NONE;

  if (!hold_valid (start, end) || !(profile = profile_of (document)) ||
      index >= profile->account_holds->len)
    return FALSE;

  hold = &g_array_index (profile->account_holds, PaydayHold, index);
  if (hold->start == start && hold->end == end)
    return FALSE;

  profile = profile_begin (document);
  hold = &g_array_index (profile->account_holds, PaydayHold, index);
  hold->start = start;
  hold->end = end;
  profile_commit (document, profile, _("Edit Account Hold"), NULL);

  return TRUE;
}

/**
 * payday_profile_edit_hold_remove:
 *
 * Returns: %TRUE when the hold existed and was removed
 */
gboolean
payday_profile_edit_hold_remove (PaydayDocument *document,
                                 guint           index)
{
  PaydayProfile *profile;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (!(profile = profile_of (document)) || index >= profile->account_holds->len)
    return FALSE;

  profile = profile_begin (document);
  g_array_remove_index (profile->account_holds, index);
  profile_commit (document, profile, _("Remove Account Hold"), NULL);

  return TRUE;
}
