/* payday-profile-edit.h — the edits the profile dialog makes to a document's plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-document.h"

G_BEGIN_DECLS

/* The boolean members of PaydayProfile that the user switches on and off. */
typedef enum {
  PAYDAY_PROFILE_AGENCY,
  PAYDAY_PROFILE_PROFILE_COMPLETE,
  PAYDAY_PROFILE_AVAILABILITY_CURRENT,
  PAYDAY_PROFILE_READINESS_TEST_PASSED,
  PAYDAY_PROFILE_SOCIAL_LINKED,
  PAYDAY_PROFILE_IDENTITY_VERIFIED,
  PAYDAY_PROFILE_EXPERT_VETTED,
  PAYDAY_PROFILE_N_FLAGS
} PaydayProfileFlag;

/* The optional dates of PaydayProfile. */
typedef enum {
  PAYDAY_PROFILE_JOINED,
  PAYDAY_PROFILE_RISING_TALENT_SINCE,
  PAYDAY_PROFILE_TOP_RATED_SINCE,
  PAYDAY_PROFILE_N_DATES
} PaydayProfileDate;

const char *payday_profile_flag_name  (PaydayProfileFlag  flag);
gboolean    payday_profile_get_flag   (const PaydayProfile *profile,
                                       PaydayProfileFlag  flag);
PaydayDate  payday_profile_get_date   (const PaydayProfile *profile,
                                       PaydayProfileDate  which);

gboolean    payday_profile_edit_flag       (PaydayDocument    *document,
                                            PaydayProfileFlag  flag,
                                            gboolean           value);
gboolean    payday_profile_edit_date       (PaydayDocument    *document,
                                            PaydayProfileDate  which,
                                            PaydayDate         date);
gboolean    payday_profile_edit_category   (PaydayDocument    *document,
                                            const char        *category);
gboolean    payday_profile_edit_violations (PaydayDocument    *document,
                                            int                count);
guint       payday_profile_edit_jss_add    (PaydayDocument    *document,
                                            PaydayDate         date,
                                            int                score);
guint       payday_profile_edit_jss_set    (PaydayDocument    *document,
                                            guint              index,
                                            PaydayDate         date,
                                            int                score);
gboolean    payday_profile_edit_jss_remove (PaydayDocument    *document,
                                            guint              index);
guint       payday_profile_edit_hold_add   (PaydayDocument    *document,
                                            PaydayDate         start,
                                            PaydayDate         end);
gboolean    payday_profile_edit_hold_set   (PaydayDocument    *document,
                                            guint              index,
                                            PaydayDate         start,
                                            PaydayDate         end);
gboolean    payday_profile_edit_hold_remove (PaydayDocument   *document,
                                            guint              index);

G_END_DECLS
