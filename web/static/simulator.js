// The simulator posts to /simulator/send and polls /simulator/messages, so reminders and alerts queued
// by the worker appear as they are sent.
const thread = document.getElementById("thread");
const phone = document.getElementById("phone");
const channel = document.getElementById("channel");
const text = document.getElementById("text");

function show(messages) {
  thread.replaceChildren(...messages.map((m) => {
    const bubble = document.createElement("div");
    bubble.className = `bubble ${m.direction}`;
    bubble.textContent = m.text;
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = `${m.channel}${m.status ? " · " + m.status : ""}`;
    bubble.appendChild(meta);
    return bubble;
  }));
  thread.scrollTop = thread.scrollHeight;
}

async function refresh() {
  const query = new URLSearchParams({ phone: phone.value, channel: channel.value });
  const response = await fetch(`/simulator/messages?${query}`);
  if (response.ok) show((await response.json()).messages);
}

document.getElementById("compose").addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = { phone: phone.value, channel: channel.value, text: text.value };
  text.value = "";
  const response = await fetch("/simulator/send", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  if (response.ok) show((await response.json()).messages);
});

phone.addEventListener("change", refresh);
refresh();
setInterval(refresh, 3000);
