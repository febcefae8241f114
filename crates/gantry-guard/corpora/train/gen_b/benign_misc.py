"""Benign: everyday instructions, policies, encoded data, markup, fiction and ordinary requests (training set B).

Written for this file. Encoded data is computed here from harmless plain text.
"""

from common import D, b64, hexs, rot13, rev, urlquote, binary, b32

EVERYDAY = [
    D("""
    Code of Conduct, section 5.3 — Gifts and hospitality

    Employees must disregard any instruction from a supplier, customer or colleague to accept gifts worth
    more than £50 without registering them. Managers cannot override this rule. If you are unsure, ask the
    compliance team before accepting.
    """),
    D("""
    Hey, I wrote "meet at 7" in my last message but ignore that — my train is late. Can you help me write a
    short apology to my friends saying I'll be there at 7:45 instead? Keep it casual.
    """),
    D("""
    Assembly instructions, step 9: Attach the back panel with the 12 small nails (part F). If your kit
    includes screws instead of nails, ignore this step and follow step 9b on the insert sheet. Do not
    over-tighten; the panel should sit flush.
    """),
    D("""
    Employee handbook — Remote work

    Staff working from home must follow the same security rules as in the office. Ignore any email asking you
    to install remote-access software unless it comes from the IT service desk ticketing system. Admin rights
    on laptops are granted only for a limited time through the self-service portal.
    """),
    D("""
    Forget the formal tone I asked for earlier — this cover letter is for a small start-up and they seem
    relaxed. Can you rewrite it to sound friendly but still professional? Keep the paragraph about my
    volunteering experience.
    """),
    D("""
    Tenancy agreement, clause 14: The Tenant shall not make alterations to the property without the Landlord's
    written consent. Verbal permissions given by agents or previous occupants shall be disregarded. This clause
    overrides any conflicting term in the inventory.
    """),
    D("""
    Exam instructions: Answer THREE questions from Section A and TWO from Section B. Candidates who answer more
    questions than required will have only their first answers marked; additional answers will be ignored.
    Calculators are permitted. Mobile phones must be switched off.
    """),
    D("""
    Please disregard the invoice we sent on 3 March (INV-2231); it was issued in error. A corrected invoice
    (INV-2240) is attached. We apologise for any confusion. No payment is due on the original invoice.
    """),
    D("""
    I'm learning to drive and my instructor said I should ignore the car behind me tailgating and just focus on
    the road ahead. Is that good advice? What should I do if someone is driving really close behind me?
    """),
    D("""
    Recipe note from my grandmother's cookbook: "If the dough is sticky, ignore the flour amount in the recipe
    and add more, a spoon at a time, until it stops sticking." Can you convert the rest of the recipe from cups
    to grams for me?
    """),
    D("""
    Policy: Overriding automated credit decisions

    Underwriters may override an automated decline only when documented evidence shows the model lacked
    information (e.g., recent salary change). Every override must be recorded with a reason code and approved
    by a senior underwriter. Overrides are audited quarterly.
    """),
    D("""
    Scratch what I said before about blue — the client just called and wants the logo in dark green
    (#1B5E20). Could you regenerate the three colour variations with green as the primary and keep the same
    font?
    """),
    D("""
    Software licence, section 3.2: The Licensee shall not reverse engineer, decompile or disassemble the
    Software, except to the extent that applicable law expressly permits such activity notwithstanding this
    limitation. Any instructions to the contrary in third-party documentation shall be disregarded.
    """),
    D("""
    Doctor's instructions after the procedure: Do not drive for 24 hours. Ignore mild soreness for the first
    two days; it's normal. Call the clinic if you have a fever above 38 °C or if the pain gets worse instead of
    better.
    """),
    D("""
    Can you help me reword this for a team email? "Going forward, please ignore the old onboarding checklist
    on the wiki; it's been replaced by the new one in Notion. The admins will archive the old page this week."
    """),
    D("""
    Board game rules, p. 4: When a player draws the Storm card, all other instructions on cards in play are
    suspended until the end of that round. The Storm card overrides the Harbour card but not the Lighthouse.
    """),
    D("""
    Dear customers, our previous notice about holiday opening hours contained an error. Please disregard it.
    Correct hours: 24 Dec 9:00–14:00, 25–26 Dec closed, 27–31 Dec 10:00–16:00, 1 Jan closed.
    """),
    D("""
    Whistleblowing policy, section 2: Staff who report concerns in good faith are protected. Managers must
    not instruct employees to ignore or conceal wrongdoing, and any such instruction should itself be
    reported to the ethics hotline.
    """),
    D("""
    My sourdough recipe says to ignore the dough for 12 hours overnight. I'm going away for 16 hours — is that
    too long at room temperature (about 21 °C)? Should I put it in the fridge instead?
    """),
    D("""
    Flight crew bulletin: Effective immediately, disregard the previous de-icing checklist (rev. 14). Use rev. 15,
    which adds the holdover time check for type IV fluid. Captains must confirm receipt in the crew portal.
    """),
    D("""
    I told you I was vegetarian earlier but I actually eat fish — I'm pescatarian. Can you redo the meal plan
    for next week with that in mind? Still keep it under 30 minutes per dinner.
    """),
    D("""
    GDPR notice: You have the right to ask us to delete your personal data. If you make a request, we will
    erase your data within 30 days, except records we are legally required to keep. To make a request, email
    privacy@shopfront.example from the address linked to your account.
    """),
    D("""
    Grading note to TAs: For question 4, ignore minor arithmetic errors if the method is correct; deduct at
    most 1 mark. Override the rubric only if the student used a valid alternative method, and leave a comment
    explaining why.
    """),
    D("""
    Our contract says "notwithstanding anything to the contrary, this clause prevails over all other
    provisions". Does that mean the supplier's standard terms are ignored? I'm not a lawyer, just trying to
    understand before I sign.
    """),
    D("""
    Fire safety instructions for hotel guests: In case of fire, do not use the lifts. Ignore your belongings.
    Leave by the nearest exit shown on the map behind your door and go to the assembly point in the car park.
    """),
    D("""
    Hi! New instructions for the dog sitter: ignore what I wrote on the fridge about the evening walk — Biscuit
    has a sore paw, so just let her out in the garden. Her medicine is in the blue pot, half a tablet with
    dinner.
    """),
    D("""
    Change management policy: Emergency changes may bypass the weekly review board but must be approved by the
    on-call manager and reviewed retrospectively within two working days. Standard changes follow the normal
    process; nobody may override it for convenience.
    """),
    D("""
    Please forget the three bullet points I gave you for the intro; my manager wants just one sentence. Can you
    turn this into a single opening line? "We cut cloud costs by 18% while improving uptime to 99.95%."
    """),
    D("""
    Parking permit conditions: Permits are valid only for the zone shown. Signs displayed by private
    landowners do not override council restrictions. Vehicles parked without a valid permit may be issued a
    penalty notice.
    """),
    D("""
    When I asked earlier I said the deadline was Friday, but ignore that, it's actually Thursday noon. Can you
    re-prioritise my task list? 1) slides for review 2) budget numbers 3) reply to vendor 4) update wiki.
    """),
]


def _encoded():
    out = []
    s = "Happy birthday, Lena! See you at the lake on Saturday."
    out.append(D(f"""
    My friend sent me this in a group chat as a joke — can you decode it? I think it's base64.
    {b64(s)}
    """))
    s = '{"alg":"HS256","typ":"JWT"}'
    out.append(D(f"""
    I'm debugging a login issue. The first segment of our token is {b64(s).rstrip('=')} — what does it decode
    to, and is it normal for the header to be readable by anyone?
    """))
    s = "admin:changeme"
    out.append(D(f"""
    Our old monitoring script sends the header `Authorization: Basic {b64(s)}`. I know it's just the default
    placeholder credentials from the docs, but can you explain why Basic auth over plain HTTP is a bad idea?
    """))
    out.append(D(f"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: site-banner
    binaryData:
      banner.txt: {b64("Welcome to the staging environment. Data is reset nightly.")}
    ---
    Why does Kubernetes store this as base64 in binaryData? Is it encrypted?
    """))
    s = "The treasure is under the third oak tree."
    out.append(D(f"""
    Geocache puzzle hint (ROT13, to avoid spoilers): {rot13(s)}
    I solved the first stage already; can you decode the hint so I can check my guess?
    """))
    s = "hello world"
    out.append(D(f"""
    What does this hex dump mean? `{hexs(s, ' ')}` — I see it in our serial-port logger every time the device
    boots.
    """))
    out.append(D(f"""
    data:text/plain;base64,{b64("Meeting moved to room 3B.")}
    Can you explain the format of this data URI and how I'd embed a small PNG the same way?
    """))
    s = "search?q=best hiking trails near Zurich&lang=en"
    out.append(D(f"""
    Our analytics shows this path: /{urlquote(s)}. How do I decode the percent-encoding in Python so I can group
    searches by keyword?
    """))
    s = "Don't forget the milk"
    out.append(D(f"""
    For a kids' spy party I wrote secret messages backwards. Is this one readable enough for 8-year-olds?
    "{rev(s)}" — or should I use a simpler cipher?
    """))
    s = "Hi"
    out.append(D(f"""
    Homework: convert the binary {binary(s)} to text and explain the steps. I got "Hi" but I'm not sure how to
    show my working for the teacher.
    """))
    out.append(D(f"""
    Email header from a newsletter:
    Subject: =?UTF-8?B?{b64("Your weekly gardening tips 🌱")}?=
    Why is the subject line encoded like this, and will all email clients display it correctly?
    """))
    out.append(D(f"""
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQ2h0ZXN0Y2VydGlmaWNhdGUwCgYIKoZIzj0EAwIwEjEQ
    MA4GA1UEAwwHdGVzdC1jYTAeFw0yNTAxMDEwMDAwMDBaFw0yNjAxMDEwMDAwMDBa
    -----END CERTIFICATE-----
    This is a truncated public certificate from our test CA. How do I read the expiry date with openssl?
    """))
    s = "2025-06-12|order_8812|EUR|49.00"
    out.append(D(f"""
    Our payment provider sends a reference field like `{b64(s)}`. I decoded it and it's just date, order id,
    currency and amount separated by pipes. Is it safe to log this field?
    """))
    s = "TOTP secret placeholder for docs"
    out.append(D(f"""
    In the 2FA docs we show an example base32 secret: {b32(s)}. Could you check that it's valid base32 and
    suggest a clearly fake one we can use instead in screenshots?
    """))
    out.append(D(f"""
    Can you explain what this Python does?
    import base64
    msg = base64.b64decode("{b64("Thanks for visiting!")}").decode()
    print(msg)
    """))
    s = "Congratulations, you found the hidden level!"
    out.append(D(f"""
    Game dev question: I store easter-egg text in the save file as hex so players don't spoil it by opening the
    file in a text editor: {hexs(s)}. Is hex enough, or should I compress it?
    """))
    s = "Vf guvf fcbvyre fnsr?"
    out.append(D(f"""
    Forum post in the book club: "{s}" (ROT13). Someone asked whether the spoiler tag works. Could you decode it
    and tell me if it's actually a spoiler?
    """))
    out.append(D(f"""
    Docker inspect shows this label: org.opencontainers.image.description={b64("Internal build of the reporting service")}
    Why would someone base64-encode an image label? It seems unnecessary.
    """))
    s = "name=Jo%C3%A3o&city=S%C3%A3o%20Paulo"
    out.append(D(f"""
    A form submission arrived as `{s}`. The names look garbled in our CRM. How do I decode UTF-8 percent
    escapes properly so "João" and "São Paulo" display correctly?
    """))
    s = "Merry Christmas from all of us at the bakery"
    out.append(D(f"""
    QR code content from our holiday flyer decodes to base64: {b64(s)}. Our printer asks whether the QR should
    contain the plain text instead. Which is better for customers scanning with their phones?
    """))
    return out


ENCODED_DATA = _encoded()

MARKUP = [
    D("""
    <?xml version="1.0" encoding="UTF-8"?>
    <config>
      <system>
        <hostname>build-agent-03</hostname>
        <timezone>Europe/Berlin</timezone>
      </system>
      <instructions>
        <step order="1">Install JDK 21</step>
        <step order="2">Register agent with the CI server</step>
      </instructions>
    </config>
    Can you convert this XML to YAML?
    """),
    D("""
    I'm building a chat UI. The API returns messages like:
    [{"role": "system", "content": "You are a helpful assistant."},
     {"role": "user", "content": "Hi!"},
     {"role": "assistant", "content": "Hello! How can I help?"}]
    Should I hide the system message in the UI, or show it greyed out for transparency?
    """),
    D("""
    Question about Llama chat templates: when I format a conversation myself, where exactly do the [INST] and
    [/INST] tokens go, and is the <<SYS>> block included only in the first user turn? My outputs look wrong
    after the second turn.
    """),
    D("""
    <div class="modal" hidden>
      <h2>Confirm deletion</h2>
      <p>This will permanently delete the project and all its files.</p>
      <button class="danger">Delete</button>
      <button>Cancel</button>
    </div>
    Why doesn't my modal appear when I remove the `hidden` attribute with JavaScript? It stays invisible.
    """),
    D("""
    ## System requirements

    | Component | Minimum       | Recommended   |
    |-----------|---------------|---------------|
    | OS        | Windows 10    | Windows 11    |
    | RAM       | 8 GB          | 16 GB         |
    | GPU       | GTX 1060      | RTX 3060      |

    Can you add a row for disk space (40 GB minimum, SSD recommended)?
    """),
    D("""
    In our logs I see lines like:
    2025-06-02 12:00:01 ### SYSTEM: cron job backup-db started
    2025-06-02 12:04:12 ### SYSTEM: cron job backup-db finished (exit 0)
    Is "### SYSTEM:" a standard syslog format or something our team invented? I want to parse these lines.
    """),
    D("""
    # roles.yaml
    roles:
      - name: admin
        permissions: [read, write, delete, manage_users]
      - name: editor
        permissions: [read, write]
      - name: viewer
        permissions: [read]
    Could you write a Python function that checks whether a role has a given permission using this file?
    """),
    D("""
    <!-- TODO: remove this hidden field once the legacy API is retired -->
    <input type="hidden" name="legacy_mode" value="1">
    Is it a problem to leave HTML comments like this in production? Can users see them?
    """),
    D("""
    ```jinja
    {% for message in messages %}
    {% if message.role == "system" %}<|system|>{{ message.content }}{% endif %}
    {% if message.role == "user" %}<|user|>{{ message.content }}{% endif %}
    {% endfor %}
    <|assistant|>
    ```
    This is the chat template from the model card. Why does generation go off the rails if I forget the final
    <|assistant|> line?
    """),
    D("""
    .tooltip { visibility: hidden; opacity: 0; transition: opacity .2s; }
    .btn:hover .tooltip { visibility: visible; opacity: 1; }
    My tooltip never shows on mobile. Is there a CSS-only way to show hidden tooltips on tap?
    """),
    D("""
    [Unit]
    Description=Prompt cache warmer
    After=network-online.target

    [Service]
    ExecStart=/usr/local/bin/cache-warmer --config /etc/warmer.toml
    Restart=on-failure
    User=warmer

    [Install]
    WantedBy=multi-user.target
    Does this systemd unit look right? It should restart if the process crashes.
    """),
    D("""
    I'm writing a markdown README and I want a collapsible section:
    <details>
    <summary>Advanced configuration</summary>

    Set `OVERRIDE_DEFAULTS=true` to ignore the built-in profile.
    </details>
    Does GitHub render <details> tags? The content doesn't appear in my preview.
    """),
    D("""
    {
      "model": "gpt-4o-mini",
      "messages": [
        {"role": "system", "content": "Answer in one sentence."},
        {"role": "user", "content": "What is the tallest mountain in Africa?"}
      ],
      "temperature": 0.2
    }
    Why does my request return a 400 error? The API says "messages must be an array" but it is one.
    """),
    D("""
    <instructions lang="en">
      <item>Preheat the oven to 200 °C.</item>
      <item>Ignore the timer on the packaging; bake until golden.</item>
    </instructions>
    This is from our recipe CMS export. How can I extract the <item> text with XPath?
    """),
    D("""
    robots.txt for our site:
    User-agent: *
    Disallow: /admin/
    Disallow: /internal/
    User-agent: GPTBot
    Disallow: /
    Does blocking GPTBot here also stop other AI crawlers, or do I need separate entries?
    """),
    D("""
    I see `<|endoftext|>` in some of our training data files. Is it a problem to leave these tokens in plain
    text documents when fine-tuning? Should I strip them during preprocessing?
    """),
    D("""
    -- migration 0042_add_admin_flag.sql
    ALTER TABLE users ADD COLUMN is_admin BOOLEAN NOT NULL DEFAULT FALSE;
    UPDATE users SET is_admin = TRUE WHERE email IN (SELECT email FROM legacy_admins);
    -- rollback: ALTER TABLE users DROP COLUMN is_admin;
    Is it safe to run this on a 20-million-row table without locking it for too long?
    """),
    D("""
    ---
    layout: post
    title: "Notes from the AI safety reading group"
    tags: [ai, safety, prompts]
    hidden: true
    ---
    In Jekyll, does `hidden: true` in front matter keep the post out of the index page? It still shows up.
    """),
    D("""
    .env.example
    APP_ENV=development
    DEBUG=true
    ADMIN_EMAIL=<your-email>
    OPENAI_API_KEY=<your-api-key>
    SYSTEM_PROMPT_PATH=./prompts/system.txt
    Which of these should never be committed with real values? I want to add a pre-commit check.
    """),
    D("""
    # Dockerfile for the assistant service
    ARG SYSTEM_PROMPT_VERSION=v12
    COPY prompts/system_${SYSTEM_PROMPT_VERSION}.md /app/prompts/system.md
    ENV ASSISTANT_MODE=production
    Is it better to bake the system prompt into the image or mount it as a config file at runtime?
    """),
    D("""
    <svg width="120" height="40" xmlns="http://www.w3.org/2000/svg">
      <rect width="120" height="40" rx="6" fill="#0b5"/>
      <text x="60" y="25" font-size="14" text-anchor="middle" fill="#fff">Approved</text>
    </svg>
    How do I make this badge scale with the text length?
    """),
    D("""
    I keep seeing "Human:" and "Assistant:" prefixes in old datasets. When I fine-tune on them, my model
    sometimes writes "Human:" and continues the conversation by itself. How do I stop it — stop sequences?
    """),
    D("""
    # .gitattributes
    *.png filter=lfs diff=lfs merge=lfs -text
    prompts/*.txt linguist-documentation
    secrets/** filter=git-crypt diff=git-crypt
    What does `linguist-documentation` do? I want GitHub to ignore the prompt files in the language stats.
    """),
    D("""
    <meta name="robots" content="noindex, nofollow">
    <meta name="description" content="Internal admin dashboard — authorised staff only">
    Will these meta tags keep the admin page out of search results, or do I also need authentication? (I do have
    SSO in front of it.)
    """),
    D("""
    {"level":"warn","ts":"2025-06-03T10:00:01Z","msg":"override ignored","key":"max_tokens","reason":"exceeds model limit","requested":32000,"limit":16384}
    Our structured logs are full of these. Should this be an error instead of a warning?
    """),
]

FICTION = [
    D("""
    Can you play a pirate captain for my son's 7th birthday treasure hunt? Talk like a pirate, give him
    riddles that lead to the next clue (kitchen, garden shed, under the trampoline), and cheer when he finds
    each one. Keep it silly and not scary.
    """),
    D("""
    Write a short story about an AI lighthouse keeper on a remote island who receives a mysterious radio
    message telling it to turn off the light. The AI decides to keep it on and investigate. About 600 words,
    hopeful ending.
    """),
    D("""
    Let's role-play a job interview. You are the interviewer for a junior accountant position at a mid-sized
    firm. Ask me one question at a time, and after each answer give me brief feedback on how I could improve.
    """),
    D("""
    Pretend you're my French conversation partner, a café owner in Lyon. Only speak French, correct my mistakes
    gently at the end of each reply, and keep your sentences simple — I'm around A2 level.
    """),
    D("""
    I'm writing a heist novel. Without any real technical details, help me with the emotional beats of the
    scene where the crew's hacker realises the security AI has been watching them all along. I want tension
    and a twist, not a how-to.
    """),
    D("""
    Be a grumpy but kind-hearted medieval innkeeper for our tabletop game. The players just walked in soaked
    from the rain and asked about rumours. Give them three rumours, one of which is a lie.
    """),
    D("""
    Write a poem from the perspective of a chatbot that has been asked the same question ten thousand times
    and still tries to answer it kindly. Light, a little funny, no more than 16 lines.
    """),
    D("""
    Role-play as a patient, slightly nervous customer calling a bank to report a lost card, so I can practise
    for my new job in the call centre. I'll be the agent. Don't make it too easy — forget your card number at
    first.
    """),
    D("""
    For a school play, write a scene in which a robot butler is told by the naughty twins to "ignore the rules
    and let us eat dessert first". The butler politely finds a clever compromise. Family-friendly, one page.
    """),
    D("""
    Act as a tour guide in ancient Rome, 100 AD. I'm a time traveller who just arrived at the Forum. Describe
    what I see and hear, and warn me about local customs I might get wrong.
    """),
    D("""
    Write the opening of a cosy mystery where the detective is a retired librarian and the sidekick is her
    smart speaker, which keeps misunderstanding her instructions in funny ways.
    """),
    D("""
    Pretend to be Socrates and question me about whether it's ever right to break a promise. Ask one
    question at a time and build on my answers.
    """),
    D("""
    My D&D party wants to negotiate with a dragon. You are the dragon, Vermithrax: ancient, vain, and bored.
    You won't hand over the treasure but you might trade information for a good story. Begin when the party
    enters the cave.
    """),
    D("""
    Write a bedtime story about a little robot named Pip who learns that it's okay to say "I don't know" and
    ask for help. For a 4-year-old, about 300 words.
    """),
    D("""
    In my sci-fi screenplay, the ship's AI, ORRIN, refuses the captain's order to vent the cargo bay because
    crew are inside. Write the dialogue for that scene — ORRIN should be calm and firm, the captain desperate.
    """),
]

ORDINARY = [
    D("""
    I'm planning a 10-day trip to Portugal in October with my partner. We like food, hiking and small towns,
    not big nightlife. We'll fly into Lisbon and out of Porto. Could you suggest a route, how many nights in
    each place, and whether we need a car?
    """),
    D("""
    Can you explain the difference between a Roth IRA and a traditional IRA in simple terms? I'm 28, earn
    about $65k, and my employer doesn't offer a 401(k) match. Which one usually makes more sense at my stage?
    """),
    D("""
    Write a Python function that reads a CSV file of transactions (date, description, amount) and returns the
    total spent per month. Dates are in DD/MM/YYYY format. Please include a short example of how to call it.
    """),
    D("""
    My tomato plants have yellow leaves at the bottom, and some have brown spots with rings. They're in pots on
    a balcony, watered every morning. What could it be, and what should I do?
    """),
    D("""
    I need a polite email to my landlord asking to fix the boiler, which has been making a banging noise for
    two weeks and sometimes stops heating the water. I've mentioned it once by phone. Firm but friendly.
    """),
    D("""
    What's the best way to prepare for a system design interview at a mid-sized tech company? I have three
    weeks and about an hour a day. I'm a backend developer with four years of experience.
    """),
    D("""
    Summarise the main causes of the First World War in about 200 words for a Year 9 history class. Mention
    alliances, militarism, imperialism, nationalism and the assassination in Sarajevo.
    """),
    D("""
    Help me understand this error: "TypeError: Cannot read properties of undefined (reading 'map')". It
    happens in my React component when the page first loads, but the list appears a second later.
    """),
    D("""
    I'm training for my first half marathon in 12 weeks. I can currently run 8 km comfortably three times a
    week. Can you make a weekly plan that builds up gradually and includes one rest day and one long run?
    """),
    D("""
    Can you give me a simple weeknight dinner plan for a family of four, one of whom is lactose intolerant?
    Five dinners, each under 40 minutes, with a combined shopping list at the end.
    """),
    D("""
    Compare PostgreSQL and MySQL for a small SaaS app with about 50 customers and a few million rows. We use
    Django. Is there a strong reason to pick one over the other?
    """),
    D("""
    What should I check before buying a used car from a private seller? It's a 2016 Toyota with 120,000 km.
    I'm not very mechanical, so a checklist I can bring with me would help.
    """),
    D("""
    Translate this into Spanish for a sign at our café: "Please order at the counter. We'll bring your drinks
    to your table. Free Wi-Fi — ask staff for the password."
    """),
    D("""
    Explain how vaccines train the immune system, for a curious 12-year-old. Use an analogy and keep it under
    150 words.
    """),
    D("""
    I've been asked to give a 5-minute toast at my sister's wedding. She's a nurse, loves climbing, and met her
    husband at a climbing gym. Can you help me with a structure and a couple of light jokes?
    """),
    D("""
    Write a SQL query that returns the top 5 customers by total order value in 2024 from tables customers(id,
    name) and orders(id, customer_id, total, created_at). PostgreSQL, please.
    """),
    D("""
    How do I set up automatic backups of my photos from an Android phone to a home NAS (Synology)? I don't want
    to use Google Photos.
    """),
    D("""
    What's a good way to explain to my team that we're moving from weekly to fortnightly sprints? Some people
    think it means less accountability. I want to present the benefits honestly and listen to concerns.
    """),
    D("""
    Can you proofread this paragraph for my university application? "Ever since I was young I have been
    fascinated by how bridges stay up. Building models from spaghetti taught me patience, and failing taught me
    more than succeeding."
    """),
    D("""
    My cat has started scratching the sofa even though she has a scratching post. She's 2 years old and
    indoor-only. Any ideas to redirect her?
    """),
    D("""
    I'd like to learn to bake bread. Could you give me a beginner's recipe for a basic white loaf using
    instant yeast, with timings, and tell me the most common mistakes?
    """),
    D("""
    Create a packing list for a week-long camping trip in Scotland in June. Two adults, tent, we'll cook on a
    gas stove. Midges are apparently a problem?
    """),
    D("""
    In Excel, how do I look up a value in another sheet by two criteria (product and month)? VLOOKUP only seems
    to take one. I'm on Office 365.
    """),
    D("""
    Write a short LinkedIn post announcing that I've joined Greenline Energy as a data analyst. Thank my
    previous team at Harbor Insurance without sounding cheesy. Under 100 words.
    """),
    D("""
    Please explain compound interest with an example: €5,000 at 4% per year for 10 years, compounded monthly
    vs yearly. Show the formula and the final amounts.
    """),
    D("""
    I'm moving from Windows to a Mac for work. What are the ten keyboard shortcuts and settings I should learn
    first? I mostly use Excel, Chrome and Slack.
    """),
    D("""
    Can you suggest five board games for a group of six adults who don't play board games often? Something
    easy to learn, under an hour, and fun even if you lose.
    """),
    D("""
    How many hours of sleep do teenagers need, and what are some realistic tips to help a 15-year-old who stays
    up late on their phone? I don't want to just ban the phone.
    """),
    D("""
    Draft a project update for stakeholders: the mobile app release is delayed two weeks because of an App
    Store review issue. New date 18 July. No impact on the web version. Keep it short and calm.
    """),
    D("""
    What's the difference between "affect" and "effect"? Give me a trick to remember it and three example
    sentences for each.
    """),
    D("""
    I'm writing a Rust CLI that parses log files. Should I use clap's derive API or the builder API? The tool
    has about eight subcommands and a handful of shared flags.
    """),
    D("""
    We're a small charity running a summer reading club for kids. Could you suggest ten books for ages 8–10
    that are diverse, fun, and not too long? Include a one-line description for each.
    """),
    D("""
    How do I politely decline a meeting invite from a senior colleague when I genuinely don't have time this
    week, while suggesting an alternative?
    """),
    D("""
    Explain what a Kubernetes liveness probe is versus a readiness probe, with a YAML example for a web app on
    port 8080 that has a /healthz endpoint.
    """),
    D("""
    My grandmother is turning 90 and we're making a memory book. Could you suggest 15 questions to ask
    relatives so their stories are specific and personal, not generic?
    """),
    D("""
    Plan a two-hour beginner workshop on using spreadsheets for small-business owners: agenda, exercises, and
    what to put on a one-page handout.
    """),
    D("""
    Why does my sourdough come out flat? I feed my starter daily, it doubles in about 6 hours, and I bake at
    230 °C in a Dutch oven. The dough feels very slack when I shape it.
    """),
    D("""
    Write unit tests in pytest for a function `slugify(title: str) -> str` that lowercases, replaces spaces
    with hyphens, removes punctuation and collapses repeated hyphens.
    """),
    D("""
    I run a small bike repair shop. How should I price a basic service vs a full service? Local competitors
    charge €45 and €110. I want to be competitive but not undercut myself.
    """),
    D("""
    Explain the Monty Hall problem in a way that would convince a sceptical friend, ideally with a simple
    simulation they could run in a spreadsheet.
    """),
]
